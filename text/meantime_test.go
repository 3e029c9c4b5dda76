package text_test

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/text"
)

// goldDoc is a MEANTIME article rebuilt from its gold tokens: the title
// (gold sentence 0), the dateline (sentence 1) as its own paragraph, then
// the body, with the byte spans of every body token and the starts of the
// body's sentences.
type goldDoc struct {
	title, text string
	spans       [][2]int // gold token spans in text (body and dateline)
	starts      []int    // byte offsets in text where a body sentence after the first starts
}

// readGold rebuilds one MEANTIME file. The corpus gives tokens, not text, so
// the text is detokenised: Penn-style quotes become curly ones and no space
// is put before closing punctuation or clitics.
func readGold(tb testing.TB, path string) goldDoc {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var g goldDoc
	var b strings.Builder
	dec := xml.NewDecoder(f)
	sent, inTok := -1, false
	noSpace, inQuote := true, false
	for {
		t, err := dec.Token()
		if err != nil {
			break
		}
		switch t := t.(type) {
		case xml.StartElement:
			if t.Name.Local != "token" {
				continue
			}
			inTok = true
			for _, a := range t.Attr {
				if a.Name.Local != "sentence" {
					continue
				}
				n, _ := strconv.Atoi(a.Value)
				if n != sent {
					switch {
					case n == 1:
						g.title = b.String()
						b.Reset()
						noSpace = true
					case n == 2:
						inQuote = false
						b.WriteString("\n\n")
						noSpace = true
					case n > 2:
						b.WriteString(" ")
						noSpace = true
						g.starts = append(g.starts, b.Len())
					}
					sent = n
				}
			}
		case xml.EndElement:
			inTok = t.Name.Local != "token" && inTok
		case xml.CharData:
			if !inTok {
				continue
			}
			w := string(t)
			switch {
			case w == "``" || w == `"` && !inQuote:
				w, inQuote = "“", true
			case w == "''" || w == `"`:
				w, inQuote = "”", false
			case w == "." && strings.HasSuffix(b.String(), "."):
				continue // U.S. ending a sentence: the gold adds a second period
			}
			attach := strings.Contains(",.;:!?)]%”", w) || w == "n't" || strings.HasPrefix(w, "'") && len(w) <= 3
			if !noSpace && !attach {
				b.WriteByte(' ')
			}
			if sent > 0 {
				g.spans = append(g.spans, [2]int{b.Len(), b.Len() + len(w)})
			}
			b.WriteString(w)
			noSpace = w == "“" || w == "(" || w == "[" || w == "$"
		}
	}
	g.text = b.String()
	return g
}

// TestMeantime measures sentence boundaries and tokens against the gold
// annotation of the 120 MEANTIME Wikinews articles.
func TestMeantime(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "suites", "meantime-en", "intra-doc_annotation", "*", "*.xml"))
	if len(files) == 0 {
		t.Skip("MEANTIME suite not present in ../shared; skipping")
	}
	sg := text.New()
	var tp, fp, fn, goldToks, sameToks int
	for _, path := range files {
		g := readGold(t, path)
		d := &annals.Doc{Article: annals.Article{Title: g.title, Text: g.text}}
		if err := sg.Annotate(context.Background(), d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		gold := map[int]bool{}
		for _, s := range g.starts {
			gold[s] = true
		}
		for _, s := range d.Sentences {
			if s.Title || s.Para < 1 || s.Start == d.Paragraphs[s.Para].Start {
				continue // the title, dateline and first body sentence are given by layout
			}
			if gold[s.Start] {
				tp++
				delete(gold, s.Start)
			} else {
				fp++
				t.Logf("%s: extra break %q", filepath.Base(path), g.text[max(0, s.Start-50):min(len(g.text), s.Start+30)])
			}
		}
		for s := range gold {
			fn++
			t.Logf("%s: missed break %q", filepath.Base(path), g.text[max(0, s-40):min(len(g.text), s+30)])
		}
		ours := map[[2]int]bool{}
		for _, k := range d.Tokens {
			ours[[2]int{int(k.Start), int(k.End)}] = true
		}
		for _, sp := range g.spans {
			goldToks++
			if ours[sp] {
				sameToks++
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	tokAcc := float64(sameToks) / float64(goldToks)
	t.Logf("MEANTIME %d files: sentence breaks P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d); gold tokens matched %.3f (%d/%d)",
		len(files), p, r, f1, tp, fp, fn, tokAcc, sameToks, goldToks)
	if f1 < 0.97 {
		t.Errorf("sentence break F1 %.3f < 0.97", f1)
	}
	if tokAcc < 0.97 {
		t.Errorf("gold token agreement %.3f < 0.97", tokAcc)
	}
}
