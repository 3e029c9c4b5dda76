package text_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/text"
)

// caseFlags are the flags a word's letters and digits decide.
const caseFlags = annals.Cap | annals.AllCaps | annals.Digit

// wordForm is the reference for a word token's case flags and Norm, read
// rune by rune with the unicode package: the scanner's byte-class fast
// paths must agree with it on every word.
func wordForm(w string) (annals.TokFlag, string) {
	var flags annals.TokFlag
	letters, uppers, first := 0, 0, true
	var norm strings.Builder
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				uppers++
				if first {
					flags |= annals.Cap
				}
			}
			first = false
		case unicode.IsNumber(r):
			flags |= annals.Digit
		}
		switch r {
		case '’', '‘', 'ʼ', '′':
			r = '\''
		case '–', '—', '−', '\u2010', '\u2011', '\u2012', '\u2015':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		norm.WriteRune(r)
	}
	if letters >= 2 && uppers == letters {
		flags |= annals.AllCaps
	}
	return flags, norm.String()
}

// contracted are the stems whose Norm a contraction rewrites.
var contracted = map[string]string{"ca": "can", "wo": "will", "sha": "shall"}

// suffixes are the split-off endings of contractions, emitted with a fixed
// Norm and no flags.
var suffixes = map[string]bool{"'s": true, "'m": true, "'re": true, "'ve": true, "'ll": true, "'d": true}

func TestWordForms(t *testing.T) {
	tests := []string{
		"market", "Reuters", "IBM", "A", "a", "3M", "F-16s", "U.S.-led", "U.S.", "e.g.",
		"McDonald's", "can't", "CAN'T", "Won't", "’90s", "1990s", "5.93", "155,221",
		"Zürich", "ZÜRICH", "naïve", "ÉCOLE", "São", "AT&T", "x86", "iPhone", "2021-10-13",
		"Export–Import", "ǅemal", "Σωκράτης",
	}
	check := func(src string) {
		t.Helper()
		for _, tk := range text.Tokenize(src, nil) {
			if tk.Tag != annals.TagUnknown {
				continue // a punctuation mark
			}
			w := src[tk.Start:tk.End]
			flags, norm := wordForm(strings.ReplaceAll(w, "- ", "-")) // a line-wrap split joined
			if n, ok := contracted[norm]; ok && tk.Norm == n {
				norm = n
			}
			if suffixes[norm] && tk.Norm == norm {
				flags = tk.Flags & caseFlags
			}
			if tk.Flags&caseFlags != flags || tk.Norm != norm {
				t.Errorf("%q in %.60q: flags %v norm %q, want %v %q", w, src, tk.Flags&caseFlags, tk.Norm, flags, norm)
			}
		}
	}
	for _, w := range tests {
		check(w)
		check("The " + w + " said.")
	}
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			check(a.Title)
			check(a.Text)
			return !t.Failed()
		})
	}
}
