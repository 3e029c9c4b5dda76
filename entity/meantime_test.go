package entity_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals/internal/meantime"
)

// meantimeDoc is a MEANTIME article rebuilt from its gold tokens, with the
// byte spans of its gold PERSON name mentions.
type meantimeDoc struct {
	title, text string
	persons     map[[2]int]bool
	// limit is the byte offset where the annotated part of text ends:
	// MEANTIME annotates only the title and the first sentences (five in
	// all but a few files), so names found after limit cannot be scored.
	limit int
}

// readMeantime rebuilds one MEANTIME file: gold sentence 0 is the title,
// every later sentence its own paragraph, tokens joined by single spaces.
// The gold names are ENTITY_MENTION markables of syntactic type NAM that
// refer to an entity of type PER, mapped to the rebuilt text.
func readMeantime(tb testing.TB, path string) meantimeDoc {
	tb.Helper()
	md, err := meantime.Read(path)
	if err != nil {
		tb.Fatal(err)
	}
	d := meantimeDoc{title: md.Title, text: md.Text, persons: map[[2]int]bool{}, limit: md.Limit}
	for _, m := range md.Mentions {
		if m.Syn != "NAM" || m.Title {
			continue
		}
		for _, e := range m.Refers {
			if e.Type == "PER" {
				d.persons[[2]int{m.Start, m.End}] = true
				break
			}
		}
	}
	return d
}

// TestMeantimePersons measures PERSON name mentions against MEANTIME's gold
// (exact byte span match) over the part of each article MEANTIME annotates:
// the title and the first five sentences. (Scoring whole articles, as this
// test once did, counted every name after the fifth sentence as false.) It is a development check with a ratchet: raise
// the floors when the figures improve.
func TestMeantimePersons(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "suites", "meantime-en", "intra-doc_annotation", "corpus_*", "*.xml"))
	if len(files) == 0 {
		t.Skip("MEANTIME not available (../shared/suites/meantime-en)")
	}
	st := mustStages(t)
	var tp, fp, fn, head int
	for _, f := range files {
		g := readMeantime(t, f)
		doc := newDoc(g.title, g.text, "")
		st.run(t, doc)
		got := map[[2]int]bool{}
		for _, e := range doc.Entities {
			if e.Type != "PERSON" {
				continue
			}
			for _, m := range e.Mentions {
				if m[0] >= g.limit {
					continue // past the annotated sentences
				}
				w := doc.Text[m[0]:m[1]]
				if w == "" || w[0] < 'A' || w[0] > 'Z' || pronoun(w) || strings.HasPrefix(w, "The ") {
					continue // pronouns and role nouns are not names
				}
				got[m] = true
			}
		}
		for m := range got {
			if g.persons[m] {
				tp++
			} else if headOf(g.persons, m) {
				head++ // the gold span adds a title: "U.S. President Barack Obama"
			} else {
				fp++
				if testing.Verbose() {
					t.Logf("false positive %s: %q", filepath.Base(f), doc.Text[m[0]:m[1]])
				}
			}
		}
		for m := range g.persons {
			if !got[m] {
				fn++
				if testing.Verbose() {
					t.Logf("missed %s: %q", filepath.Base(f), doc.Text[m[0]:m[1]])
				}
			}
		}
	}
	p := float64(tp) / float64(max(tp+fp+head, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("MEANTIME PERSON names over %d docs, exact spans: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f", len(files), tp, fp+head, fn, p, r)
	ph := float64(tp+head) / float64(max(tp+head+fp, 1))
	t.Logf("counting a name that ends a gold span with a title as a match: %d more, precision=%.3f", head, ph)
	const minP, minR = 0.60, 0.29 // ratchet: measured 0.636 / 0.308 over the annotated sentences
	if p < minP || r < minR {
		t.Errorf("precision %.3f / recall %.3f fell below the ratchet %.2f / %.2f", p, r, minP, minR)
	}
}

// headOf reports whether m ends a longer gold span.
func headOf(gold map[[2]int]bool, m [2]int) bool {
	for g := range gold {
		if g[1] == m[1] && g[0] < m[0] {
			return true
		}
	}
	return false
}

func pronoun(w string) bool {
	switch strings.ToLower(w) {
	case "he", "she", "him", "her":
		return true
	}
	return false
}
