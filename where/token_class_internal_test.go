package where

import (
	"testing"

	annals "github.com/annals-project/annals"
)

// TestClassify checks each bit of the tokenClass classify writes against
// the test it stands for, over every token of the first Reuters
// articles, and that each bit is set somewhere and clear somewhere.
func TestClassify(t *testing.T) {
	bits := []struct {
		name string
		bit  tokenClass
		test func(d *annals.Doc, si, k int) bool
	}{
		{"mayCue", classMayCue, func(d *annals.Doc, si, k int) bool {
			tok := &d.Tokens[k]
			return mayCue(tok.Norm, tok.Tag, tok.Flags)
		}},
		{"capital", classCapital, func(d *annals.Doc, si, k int) bool { return capital(&d.Tokens[k]) }},
		{"beforeCapital", classBeforeCapital, beforeCapital},
		{"theOrColon", classTheOrColon, func(d *annals.Doc, si, k int) bool {
			return d.Tokens[k].Norm == "the" || d.Tokens[k].Norm == ":"
		}},
	}
	set := make([]int, len(bits))
	tokens := 0
	for _, d := range taggedReuters(t, 300) {
		classes := make([]tokenClass, len(d.Tokens))
		for si := range d.Sentences {
			classify(d, si, classes)
			s := &d.Sentences[si]
			for k := s.Tokens.Start; k < s.Tokens.End; k++ {
				tokens++
				for n, b := range bits {
					got, want := classes[k]&b.bit != 0, b.test(d, si, k)
					if got != want {
						t.Errorf("%s at %q token %d: class %v, test %v", b.name, d.Article.ID, k, got, want)
					}
					if got {
						set[n]++
					}
				}
			}
		}
	}
	for n, b := range bits {
		if set[n] == 0 || set[n] == tokens {
			t.Errorf("%s: set on %d of %d tokens", b.name, set[n], tokens)
		}
	}
}
