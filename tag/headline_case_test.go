package tag

import (
	"math/rand"
	"testing"

	"github.com/annals-project/annals"
)

// TestHeadlineCaseAgreesWithCount checks headlineCase, which stops as
// soon as too many words lack capitals, against the plain count over the
// whole sentence, on random sentences of words, capitalised words, words
// in capitals, numbers and punctuation, titles and not.
func TestHeadlineCaseAgreesWithCount(t *testing.T) {
	count := func(toks []annals.Token, title bool) bool {
		words, caps, all := 0, 0, 0
		for _, tk := range toks {
			if tk.Flags&(annals.Punct|annals.Digit) != 0 || tk.Norm == "" {
				continue
			}
			words++
			if tk.Flags&(annals.Cap|annals.AllCaps) != 0 {
				caps++
			}
			if tk.Flags&annals.AllCaps != 0 {
				all++
			}
		}
		return words >= 3 && (all*5 >= words*4 || title && caps*5 >= words*3)
	}
	kinds := []annals.Token{
		{Norm: "talks"},
		{Norm: "iran", Flags: annals.Cap},
		{Norm: "opec", Flags: annals.Cap | annals.AllCaps},
		{Norm: "1987", Flags: annals.Digit},
		{Norm: ",", Flags: annals.Punct},
		{Norm: ""},
	}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		toks := make([]annals.Token, r.Intn(30))
		bias := r.Intn(len(kinds))
		for i := range toks {
			k := r.Intn(len(kinds))
			if r.Intn(3) > 0 {
				k = bias // runs of one kind, so that every answer occurs
			}
			toks[i] = kinds[k]
		}
		for _, title := range []bool{false, true} {
			if got, want := headlineCase(toks, title), count(toks, title); got != want {
				t.Fatalf("headlineCase(%v, title %v) = %v, want %v", toks, title, got, want)
			}
		}
	}
}
