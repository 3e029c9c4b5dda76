package where

import "testing"

// TestRelianceFirstBytes checks the first-byte and length tests that
// reliesOnTrade asks before earnVerbs and relianceVerbs: every word of
// the sets must pass them.
func TestRelianceFirstBytes(t *testing.T) {
	for w := range earnVerbs {
		if len(w) < 4 || w[0] != 'e' {
			t.Errorf("earnVerbs: %q fails reliesOnTrade's gate", w)
		}
	}
	for w := range relianceVerbs {
		if len(w) < 4 || w[0] != 'r' && w[0] != 'd' {
			t.Errorf("relianceVerbs: %q fails reliesOnTrade's gate", w)
		}
	}
}
