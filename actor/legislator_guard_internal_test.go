package actor

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/text"
)

// TestMayNameLegislator checks the guard of legislators: it lets through
// every token at which either scan begins (a party tag, or a capitalised
// abbreviated title), alone or among other words, and turns away
// sentences with neither.
func TestMayNameLegislator(t *testing.T) {
	var starts []annals.Token
	for w := range abbrevTitles {
		starts = append(starts, annals.Token{Norm: w, Flags: annals.Cap})
	}
	for _, w := range []string{"r-pa", "d-tenn.", "i-vt", "r-n.y."} {
		starts = append(starts, annals.Token{Norm: w, Flags: annals.Cap})
	}
	words := text.Tokenize("The senator said on Monday that rates would rise, Japan's minister added.", nil)
	for _, tok := range starts {
		if !partyTag(&tok) && abbrevTitles[tok.Norm] == [2]string{} {
			t.Fatalf("%q begins neither scan: the test is wrong", tok.Norm)
		}
		for _, at := range []int{0, 3, len(words)} {
			toks := append(append(append([]annals.Token{}, words[:at]...), tok), words[at:]...)
			if !mayNameLegislator(toks) {
				t.Errorf("mayNameLegislator turns away %q at %d", tok.Norm, at)
			}
		}
	}
	for _, s := range []string{
		"The senator said on Monday that rates would rise, Japan's minister added.",
		"Representatives of the Bank of Japan met in Tokyo.",
		"He represented the district.",
	} {
		if mayNameLegislator(text.Tokenize(s, nil)) {
			t.Errorf("mayNameLegislator lets %q through: no token begins a scan", s)
		}
	}
}
