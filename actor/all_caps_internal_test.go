package actor

import (
	"math/rand/v2"
	"testing"

	"github.com/annals-project/annals"
)

// TestAllCaps checks allCaps, which stops at the first word that settles
// the sentence, against a count over every token, for sentences of all
// lengths up to 30 tokens mixing words in capitals, other words,
// punctuation and quotes, and for a few written out.
func TestAllCaps(t *testing.T) {
	full := func(toks []annals.Token) bool {
		words, caps := 0, 0
		for _, tok := range toks {
			if tok.Flags&annals.Punct != 0 || tok.Tag == annals.QUOTE {
				continue
			}
			words++
			if tok.Flags&annals.AllCaps != 0 {
				caps++
			}
		}
		return words >= 3 && caps*10 >= words*7
	}
	kinds := []annals.Token{
		{Norm: "gondor", Flags: annals.Cap | annals.AllCaps},
		{Norm: "gondor", Flags: annals.Cap},
		{Norm: "said"},
		{Norm: ",", Flags: annals.Punct},
		{Norm: `"`, Tag: annals.QUOTE},
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		toks := make([]annals.Token, r.IntN(31))
		for i := range toks {
			// Mostly capitals, so that both answers come up often.
			k := r.IntN(len(kinds) + 3)
			if k >= len(kinds) {
				k = 0
			}
			toks[i] = kinds[k]
		}
		if got, want := allCaps(toks), full(toks); got != want {
			t.Fatalf("allCaps(%v) = %v, the count over every token says %v", toks, got, want)
		}
	}
	up, low := kinds[0], kinds[2]
	tests := []struct {
		toks []annals.Token
		want bool
	}{
		{[]annals.Token{up, up, up}, true},
		{[]annals.Token{up, up}, false},                                   // too short
		{[]annals.Token{up, up, up, up, up, up, up, low, low, low}, true}, // 7 of 10
		{[]annals.Token{low, low, low, up, up, up, up, up, up, up}, true}, // the same, lower case first
		{[]annals.Token{low, low, low, low, up, up, up, up, up, up}, false},
	}
	for _, tt := range tests {
		if got := allCaps(tt.toks); got != tt.want {
			t.Errorf("allCaps(%v) = %v, want %v", tt.toks, got, tt.want)
		}
	}
}
