package where

import "testing"

// TestIDBitsNeverMisses checks the bit-set filter of readAliases and
// addCity over the id of every place: a set id always passes, and an id
// that does not pass is not in the set.
func TestIDBitsNeverMisses(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	aliasIDs := map[int]bool{}
	if err := lines("aliases.tsv", aliasesTSV, func(_ int, f []string) error {
		if len(f) == 2 {
			var id int
			if id, err = parseInt(f[1]); err == nil {
				aliasIDs[id] = true
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	municipal := map[int]bool{}
	for id := range municipalPopulation {
		municipal[id] = true
	}
	for _, tc := range []struct {
		name string
		set  map[int]bool
	}{
		{"aliases", aliasIDs},
		{"municipal", municipal},
		{"edges", map[int]bool{0: true, 4095: true, 4096: true, -1: true}},
	} {
		var b idBits
		for id := range tc.set {
			b.add(id)
		}
		passed := 0
		for i := range g.places {
			id := g.places[i].ID
			if !b.may(id) && tc.set[id] {
				t.Errorf("%s: id %d is in the set but the filter rejects it", tc.name, id)
			}
			if b.may(id) {
				passed++
			}
		}
		for id := range tc.set {
			if !b.may(id) {
				t.Errorf("%s: filter rejects id %d it was given", tc.name, id)
			}
		}
		if tc.name != "edges" && passed > len(g.places)/4 {
			t.Errorf("%s: filter passes %d of %d places, want few", tc.name, passed, len(g.places))
		}
	}
}
