package entity_test

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var x struct {
		Tokens []struct {
			ID   string `xml:"t_id,attr"`
			Sent int    `xml:"sentence,attr"`
			Text string `xml:",chardata"`
		} `xml:"token"`
		Markables struct {
			Mentions []struct {
				ID      string `xml:"m_id,attr"`
				Syn     string `xml:"syntactic_type,attr"`
				Anchors []struct {
					ID string `xml:"t_id,attr"`
				} `xml:"token_anchor"`
			} `xml:"ENTITY_MENTION"`
			Entities []struct {
				ID   string `xml:"m_id,attr"`
				Type string `xml:"ent_type,attr"`
			} `xml:"ENTITY"`
		} `xml:"Markables"`
		Relations struct {
			RefersTo []struct {
				Sources []struct {
					ID string `xml:"m_id,attr"`
				} `xml:"source"`
				Target struct {
					ID string `xml:"m_id,attr"`
				} `xml:"target"`
			} `xml:"REFERS_TO"`
		} `xml:"Relations"`
	}
	if err := xml.Unmarshal(raw, &x); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	type span struct{ start, end int }
	spans := map[string]span{}
	sentOf := map[string]int{}
	sentEnd := map[int]int{}
	var title, body strings.Builder
	sent := -1
	for _, t := range x.Tokens {
		w := strings.TrimSpace(t.Text)
		if t.Sent == 0 {
			if title.Len() > 0 {
				title.WriteByte(' ')
			}
			title.WriteString(w)
			continue
		}
		if body.Len() > 0 {
			if t.Sent != sent {
				body.WriteString("\n\n")
			} else {
				body.WriteByte(' ')
			}
		}
		sent = t.Sent
		spans[t.ID] = span{body.Len(), body.Len() + len(w)}
		sentOf[t.ID] = t.Sent
		body.WriteString(w)
		sentEnd[t.Sent] = body.Len()
	}
	per := map[string]bool{}
	for _, e := range x.Markables.Entities {
		if e.Type == "PER" {
			per[e.ID] = true
		}
	}
	names := map[string]bool{}
	for _, r := range x.Relations.RefersTo {
		if per[r.Target.ID] {
			for _, s := range r.Sources {
				names[s.ID] = true
			}
		}
	}
	d := meantimeDoc{title: title.String(), text: body.String(), persons: map[[2]int]bool{}}
	last := 0
	for _, m := range x.Markables.Mentions {
		for _, a := range m.Anchors {
			last = max(last, sentOf[a.ID])
		}
	}
	d.limit = sentEnd[last]
	for _, m := range x.Markables.Mentions {
		if m.Syn != "NAM" || !names[m.ID] || len(m.Anchors) == 0 {
			continue
		}
		a, ok1 := spans[m.Anchors[0].ID]
		b, ok2 := spans[m.Anchors[len(m.Anchors)-1].ID]
		if ok1 && ok2 {
			d.persons[[2]int{a.start, b.end}] = true
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
