package dict

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestBeginsTable checks that the folded first-word table answers every
// hash as the three tries' own filters do (the actors' for a token in
// lower case in BeginsActor, for a capitalised one in beginsCasedActor
// too), with a trie whose root has a loose edge allowing every word.
func TestBeginsTable(t *testing.T) {
	actors := []Actor{
		{Name: "Arnor", Names: []string{"ARNOR"}},
		{Name: "Gondor army", Names: []string{"GONDOR ARMY"}},
	}
	agents := []Agent{{Name: "minister", Names: []string{"minister", "defence minister"}, Code: "GOV"}}
	discards := []Discard{{Phrase: "basketball"}, {Phrase: "sports results"}}
	for _, c := range []struct {
		name string
		d    *Dict
	}{
		{"all three", New(actors, agents, nil, discards)},
		{"empty", New(nil, nil, nil, nil)},
		{"actors only", New(actors, nil, nil, nil)},
		{"loose root", New([]Actor{{Name: "Prince Dol", Names: []string{"PRINCE DOL"}, Loose: true}}, agents, nil, nil)},
	} {
		for _, tr := range []*trie{c.d.actors, c.d.agents, c.d.discards} {
			if c.name == "loose root" && tr == c.d.actors {
				tr.rootLoose = true // as a name that may start anywhere leaves it
			}
		}
		c.d.begins = beginsTable(c.d.actors, c.d.agents, c.d.discards)
		for h := uint32(0); h < filterBits; h++ {
			var want Begins
			if c.d.actors.rootLoose || c.d.actors.firstHasHash(h, 0) {
				want |= BeginsActor
			}
			if c.d.actors.firstHasHash(h, annals.Cap) {
				want |= beginsCasedActor
			}
			if c.d.agents.rootLoose || c.d.agents.firstHasHash(h, annals.Cap) {
				want |= BeginsAgent
			}
			if c.d.discards.rootLoose || c.d.discards.firstHasHash(h, annals.Cap) {
				want |= BeginsDiscard
			}
			if got := c.d.beginsOf(h); got != want {
				t.Fatalf("%s: beginsOf(%d) = %03b, want %03b", c.name, h, got, want)
			}
		}
		for _, w := range []string{"arnor", "gondor", "minister", "defence", "basketball", "sports", "the"} {
			if got, want := c.d.BeginsAt(&annals.Token{Norm: w})&BeginsDiscard != 0, c.d.MayDiscard(&annals.Token{Norm: w}); got != want {
				t.Errorf("%s: BeginsAt(%q) discard bit %v, MayDiscard %v", c.name, w, got, want)
			}
		}
	}
}
