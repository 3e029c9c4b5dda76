package when

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
)

// wordRef is the reference reading of the word s[start:end] that scanWord
// found: its flags and keyword id worked out byte by byte, with a
// lower-cased copy of the whole word.
func wordRef(w string) (uint8, word) {
	var flags uint8
	upper, lower := 0, false
	ascii := true
	low := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 0x80:
			ascii = false
		case c >= 'A' && c <= 'Z':
			upper++
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z':
			lower = true
		}
		low = append(low, c)
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		flags |= fCap
		if !lower && upper >= 2 {
			flags |= fAllCaps
		}
	}
	var id word
	if ascii && len(w) <= maxKeyword {
		id = lookup(string(low))
	}
	return flags, id
}

// wordEndRef is the end of the word at s[i] read byte by byte: ASCII
// letters and digits, and bytes outside ASCII that are no mark.
func wordEndRef(s string, i int) int {
	for i < len(s) && (isAlnum(s[i]) || s[i] >= 0x80 && markLen(s, i) == 0) {
		i++
	}
	return i
}

// TestScanWord checks every word of the corpora, as tokenize reads them,
// against the reference: its end read byte by byte, the class bits gathered while scanning and the
// lookup of a word without capitals in the text itself must give what a
// lower-cased copy gives.
func TestScanWord(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for _, tk := range tokenize(s, nil) {
			if tk.kind != tWord {
				continue
			}
			w := s[tk.start:tk.end]
			if end := wordEndRef(s, int(tk.start)); int(tk.end) != end {
				t.Errorf("%q: word at %d ends at %d, want %d", s[tk.start:min(len(s), int(tk.start)+20)], tk.start, tk.end, end)
			}
			flags, id := wordRef(w)
			if tk.flags != flags || tk.id != id {
				t.Errorf("%q: flags %b id %d, want %b %d", w, tk.flags, tk.id, flags, id)
			}
		}
	}
	for _, s := range []string{
		"On Monday, MARCH 3 and march 4; LAST week, Last Year, TODAY, 'Tis the Season",
		"Zürich said on Friday the Über-deal was due to close next MONTH, in the spring.",
		"A B C IBM Q1 FY2021 x86 iPhone SEPTEMBER September Sept. Oct.",
	} {
		check(s)
	}
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			check(a.Title)
			check(a.Text)
			return !t.Failed()
		})
	}
}
