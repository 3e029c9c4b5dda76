package dict

import (
	"math/rand/v2"
	"testing"
)

// TestEdgeTable checks that the table answers every key of the map it was
// built from with the map's node, and keys outside it with false: for
// maps of several sizes, keys that differ in one field only, and the
// tries of a compiled dictionary.
func TestEdgeTable(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	maps := []map[uint64]int32{
		{},
		{0: 0},
		{edgeKey(0, 0, caseAny, false): 7, edgeKey(0, 0, caseCap, false): 8, edgeKey(0, 0, caseAny, true): 9, edgeKey(1, 0, caseAny, false): 10},
	}
	for _, n := range []int{1, 7, 8, 9, 100, 5000} {
		m := map[uint64]int32{}
		for len(m) < n {
			m[edgeKey(int32(r.IntN(n)), uint32(r.IntN(3*n)), uint8(r.IntN(3)), r.IntN(2) == 0)] = int32(r.IntN(1 << 20))
		}
		maps = append(maps, m)
	}
	d := New([]Actor{
		{Name: "Arnor", Names: []string{"ARNOR", "KINGDOM OF ARNOR"}},
		{Name: "Gondor army", Names: []string{"GONDOR ARMY", "GONDOR"}},
	}, []Agent{{Name: "minister", Names: []string{"minister", "defence minister"}, Code: "GOV"}}, nil, []Discard{{Phrase: "sports results"}})
	for _, tr := range []*trie{d.actors, d.agents, d.discards} {
		maps = append(maps, tr.edges)
		if len(tr.edgeTab.slots) == 0 {
			t.Errorf("compile built no edge table for a trie of %d edges", len(tr.edges))
		}
	}
	for mi, m := range maps {
		tab := newEdgeTable(m)
		for k, want := range m {
			if got, ok := tab.get(k); !ok || got != want {
				t.Fatalf("map %d: get(%#x) = %d, %v; want %d, true", mi, k, got, ok, want)
			}
			for _, other := range []uint64{k ^ 1, k ^ 2, k ^ 8, k ^ 1<<32, k + 1<<40} {
				want, in := m[other]
				if got, ok := tab.get(other); ok != in || got != want {
					t.Fatalf("map %d: get(%#x) = %d, %v; want %d, %v", mi, other, got, ok, want, in)
				}
			}
		}
	}
	var zero edgeTable
	if _, ok := zero.get(0); ok {
		t.Error("the zero table found key 0")
	}
}
