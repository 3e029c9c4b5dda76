package event

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestNominalRuleMay checks the gate on sentences of its own: a lemma of
// the rules or "between" within four tokens after the noun passes.
func TestNominalRuleMay(t *testing.T) {
	tests := []struct {
		words []string // tokens; the noun is the first
		want  bool
	}{
		{[]string{"talks", "on", "trade"}, true},
		{[]string{"strike", "by", "miners"}, true},
		{[]string{"tariffs", "on", "steel"}, true},
		{[]string{"agreement", "signed", "last", "year", "by", "officials", "between"}, false},
		{[]string{"agreement", "last", "year", "between", "the", "two"}, true},
		{[]string{"agreement", "a", "b", "c", "between"}, true},
		{[]string{"agreement", "a", "b", "c", "d", "between"}, false},
		{[]string{"profit", "rose"}, false},
	}
	lemmas := map[string]string{"talks": "talk", "tariffs": "tariff"}
	for _, tt := range tests {
		toks := make([]annals.Token, len(tt.words))
		for i, w := range tt.words {
			toks[i] = annals.Token{Norm: w, Lemma: w}
			if l, ok := lemmas[w]; ok {
				toks[i].Lemma = l
			}
		}
		if got := nominalRuleMay(toks, 0); got != tt.want {
			t.Errorf("nominalRuleMay(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
