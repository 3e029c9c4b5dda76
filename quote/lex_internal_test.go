package quote

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
)

// wordEndByByte is wordEnd as it was before its run of ASCII letters and
// digits: every byte takes the general loop.
func wordEndByByte(text string, i, end, stop int) int {
	for i < end && i != stop {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiAlnum[c] {
				i++
				continue
			}
			if (c == '\'' || c == '-' || c == '.' || c == '&' || c == '/') && i+1 < end && i+1 != stop && isAlnum(runeAt(text, i+1)) {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if r == '’' && i+n < end && isAlnum(runeAt(text, i+n)) {
			i += n
			continue
		}
		if r == '–' && i+n < end && i+n != stop && isLetter(runeBefore(text, i)) && isLetter(runeAt(text, i+n)) {
			i += n
			continue
		}
		return i
	}
	return i
}

// TestWordEnd checks wordEnd against the byte-by-byte loop at every word
// start of the corpora, with no mark ahead and with a mark a few bytes on.
func TestWordEnd(t *testing.T) {
	check := func(text string) {
		t.Helper()
		for i := 0; i < len(text); i++ {
			if !asciiAlnum[text[i]] || i > 0 && asciiAlnum[text[i-1]] {
				continue
			}
			for _, stop := range []int{len(text) + 1, i + 1, i + 4} {
				for _, end := range []int{len(text), min(i+6, len(text))} {
					if got, want := wordEnd(text, i+1, end, stop), wordEndByByte(text, i+1, end, stop); got != want {
						t.Fatalf("wordEnd(%q, %d, %d, %d) = %d, want %d", text[i:min(i+20, len(text))], i+1, end, stop, got, want)
					}
				}
			}
		}
	}
	check("U.S. Secretary-General can’t Export–Import 3.5 AT&T x/y naïve Zürich's")
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			check(a.Text)
			return !t.Failed()
		})
	}
}

// writtenAfterEach is writtenAfter as it was: one search of the text for
// each lead joined to the name.
func writtenAfterEach(text, name string) bool {
	s := &scratch{text: text}
	for _, pre := range bodyLeads {
		key := pre + name
		for i := 0; ; {
			k := strings.Index(text[i:], key)
			if k < 0 {
				break
			}
			e := i + k + len(key)
			if s.endsName(e) {
				return true
			}
			i = e
		}
	}
	return false
}

// TestWrittenAfter checks the one search for a name against a search for
// each lead joined to it, on chosen texts and on the capitalised words
// and word pairs of the first thousand articles of each corpus.
func TestWrittenAfter(t *testing.T) {
	check := func(text, name string) {
		t.Helper()
		s := &scratch{text: text}
		if got, want := s.writtenAfter(name), writtenAfterEach(text, name); got != want {
			t.Fatalf("writtenAfter(%q) in %q = %v, want %v", name, text[:min(len(text), 80)], got, want)
		}
	}
	for _, c := range []struct{ text, name string }{
		{"He met the Reagan administration.", "Reagan"},
		{"He lives in Hong Kong, she said.", "Hong Kong"},
		{"in Baker's plan", "Baker"},
		{"The Mahanagar Telephone Nigam mobilised", "Mahanagar Telephone Nigam"},
		{"the the the X the X.", "the X"},
		{"at at at", "at"},
		{"Smith", "Smith"},
	} {
		check(c.text, c.name)
	}
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		n := 0
		corpus.Each(t, name, func(a annals.Article) bool {
			words := strings.Fields(a.Text)
			seen := map[string]bool{}
			for i, w := range words {
				if w[0] < 'A' || w[0] > 'Z' || seen[w] {
					continue
				}
				seen[w] = true
				check(a.Text, w)
				if i+1 < len(words) {
					check(a.Text, w+" "+words[i+1])
				}
			}
			n++
			return n < 1000 && !t.Failed()
		})
	}
}

// TestLexWords checks every word token lex gives on the corpora against
// the general path: its end is wordEnd's from its first rune, with the
// paragraph's end and the next quotation or continuation mark as limits,
// and it is capitalised when unicode.IsUpper says its first rune is (or
// when it is a particle hyphened to a surname). lex reads the common
// ASCII word itself; this holds it to what wordEnd would have read.
func TestLexWords(t *testing.T) {
	check := func(text string) {
		t.Helper()
		paras := paragraphs(text, nil)
		quotes, cont := scanQuotes(text, paras, nil, nil)
		var marks []int
		for _, q := range quotes {
			marks = append(marks, q.open)
			if q.close >= 0 {
				marks = append(marks, q.close)
			}
		}
		marks = append(marks, cont...)
		slices.Sort(marks)
		toks := lex(text, paras, quotes, cont, nil)
		words := 0
		for _, tk := range toks {
			if tk.kind != tWord {
				continue
			}
			words++
			i := int(tk.start)
			end := -1
			for _, p := range paras {
				if p.start <= i && i < p.end {
					end = p.end
				}
			}
			stop := len(text) + 1
			if k, _ := slices.BinarySearch(marks, i); k < len(marks) {
				stop = marks[k]
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if want := wordEnd(text, i+n, end, stop); int(tk.end) != want {
				t.Fatalf("word at %d %q ends at %d, want %d", i, text[i:tk.end], tk.end, want)
			}
			w := text[i:tk.end]
			if got, want := tk.flags&fCap != 0, unicode.IsUpper(r) || hyphenParticle(w); got != want {
				t.Fatalf("word %q capitalised %v, want %v", w, got, want)
			}
		}
		if words == 0 && strings.TrimSpace(text) != "" && strings.ContainsAny(text, "abcdefghijklmnopqrstuvwxyz") {
			t.Fatalf("no words in %q", text[:min(len(text), 80)])
		}
	}
	check(`He said: "U.S. Secretary-General can’t Export–Import 3.5 AT&T x/y naïve Zürich's el-Sisi" and “a” "b`)
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			check(a.Text)
			return !t.Failed()
		})
	}
}
