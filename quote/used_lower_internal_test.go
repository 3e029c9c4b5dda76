package quote

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
)

// TestUsedLowerMemo checks that usedLower, which keeps its answers for the
// article, answers as scanLower's scan of the text does: for every
// capitalised word of 400 articles of each corpus, asked twice (the
// second answer from the memo) with its plural, on one scratch reset
// between articles as Find resets its pooled one, so that no answer
// outlives its article.
func TestUsedLowerMemo(t *testing.T) {
	s := new(scratch)
	asked := 0
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		n := 0
		corpus.Each(t, name, func(a annals.Article) bool {
			s.reset(a.Text)
			s.paras = paragraphs(a.Text, s.paras[:0])
			lead := newLeadScan(a.Text)
			s.quotes, s.cont = scanQuotes(&lead, s.paras, s.quotes[:0], s.cont[:0])
			s.toks = lex(a.Text, s.paras, s.quotes, s.cont, s.toks[:0])
			for pass := range 2 {
				for k := range s.toks {
					if s.toks[k].kind != tWord || s.toks[k].flags&fCap == 0 {
						continue
					}
					for _, w := range []string{s.word(k), s.word(k) + "s"} {
						if got, want := s.usedLower(w), s.scanLower(w); got != want {
							t.Fatalf("%s, pass %d: usedLower(%q) = %v, want %v", a.ID, pass, w, got, want)
						}
						asked++
					}
				}
			}
			n++
			return n < 400 && !t.Failed()
		})
	}
	if asked < 10000 {
		t.Fatalf("asked only %d words", asked)
	}
}
