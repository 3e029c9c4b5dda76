package quote

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
)

// textGenderEveryWord is textGender as it was before its length and
// first-byte test: every word token compared with the name's last word.
func (s *scratch) textGenderEveryWord(name string) gender {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	for k := range s.toks {
		if s.toks[k].kind != tWord || s.word(k) != last {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+15; j++ {
			t := s.toks[j]
			if t.kind == tPara || t.kind == tOpen || t.kind == tStop && s.sentEnd(j) {
				break
			}
			if t.kind != tWord {
				continue
			}
			if t.flags&fCap != 0 && !functionCaps.words[s.word(j)] && !pronouns.words[s.word(j)] && !possessive(s.word(j)) && !isAcronym(s.word(j)) {
				break
			}
			if w := s.word(j); w == "he" || w == "she" {
				return pronounGender(w)
			}
		}
	}
	return unknownGender
}

// TestTextGenderAgrees checks textGender against textGenderEveryWord for
// every capitalised word of the first articles of the corpora taken as a
// name, alone and after a given name, and for names that end in a space;
// later asks of a word are answered from the article's memo.
func TestTextGenderAgrees(t *testing.T) {
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		n := 0
		corpus.Each(t, name, func(a annals.Article) bool {
			s := &scratch{text: a.Text}
			s.paras = paragraphs(a.Text, nil)
			lead := newLeadScan(a.Text)
			s.quotes, s.cont = scanQuotes(&lead, s.paras, nil, nil)
			s.toks = lex(a.Text, s.paras, s.quotes, s.cont, nil)
			seen := map[string]bool{}
			for k := range s.toks {
				if s.toks[k].kind != tWord || s.toks[k].flags&fCap == 0 || seen[s.word(k)] {
					continue
				}
				w := s.word(k)
				seen[w] = true
				// Each name twice: the second answer comes from the
				// article's memo of last words.
				for _, name := range []string{w, "John " + w, w + " ", "", w} {
					if got, want := s.textGender(name), s.textGenderEveryWord(name); got != want {
						t.Fatalf("%s: textGender(%q) = %v, want %v", a.ID, name, got, want)
					}
				}
			}
			n++
			return n < 400 && !t.Failed()
		})
	}
}
