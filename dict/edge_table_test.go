package dict

import (
	"math/rand/v2"
	"testing"
)

// newEdgeTable puts the edges of m into a table, in the map's order.
func newEdgeTable(m map[uint64]int32) edgeTable {
	var t edgeTable
	for k, next := range m {
		t.put(k, next)
	}
	return t
}

// edges returns the edges the table holds, read from its slots.
func (t *edgeTable) edges() map[uint64]int32 {
	m := map[uint64]int32{}
	for _, s := range t.slots {
		if s.next != 0 {
			m[s.key] = s.next - 1
		}
	}
	return m
}

// TestEdgeTable checks that the table answers every key of the map it was
// put from with the map's node, and keys outside it with false: for
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
		m := tr.edgeTab.edges()
		maps = append(maps, m)
		if len(m) != len(tr.term)-1 || len(m) == 0 {
			t.Errorf("the trie's table holds %d edges for %d nodes past the root", len(m), len(tr.term)-1)
		}
		for k, want := range m {
			if got, ok := tr.edgeTab.get(k); !ok || got != want {
				t.Errorf("the trie's get(%#x) = %d, %v; want %d, true", k, got, ok, want)
			}
		}
	}
	for mi, m := range maps {
		tab := newEdgeTable(m)
		// As many slots as a table built at once for the map has.
		bits := uint8(4)
		for 1<<bits < 2*len(m) {
			bits++
		}
		if len(m) > 0 && len(tab.slots) != 1<<bits {
			t.Errorf("map %d: %d slots for %d edges, want %d", mi, len(tab.slots), len(m), 1<<bits)
		}
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
