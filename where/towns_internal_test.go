package where

import (
	"bytes"
	"testing"
)

// TestIDTable checks idTable against the map it replaced: every city of
// the gazetteer, ids put twice (the later position wins), ids that
// collide in a small table, zero and negative ids, and ids never put.
func TestIDTable(t *testing.T) {
	g := loaded(t)
	type pair struct{ id, pos int32 }
	var pairs []pair
	for i := range g.places {
		if g.places[i].Kind == KindCity {
			pairs = append(pairs, pair{int32(g.places[i].ID), int32(i)})
		}
	}
	small := []pair{{0, 5}, {-1, 6}, {16, 1}, {32, 2}, {48, 3}, {16, 7}, {1 << 30, 0}, {-1 << 31, 9}}
	for _, ps := range [][]pair{pairs, small, append(small, pairs...)} {
		want := map[int32]int32{}
		tab := newIDTable(len(ps))
		for _, p := range ps {
			want[p.id] = p.pos
			tab.put(p.id, p.pos)
		}
		for _, p := range ps {
			if got, ok := tab.get(p.id); !ok || got != want[p.id] {
				t.Fatalf("get(%d) = %d, %v; want %d", p.id, got, ok, want[p.id])
			}
		}
		for _, id := range []int32{3, 17, 33, 1<<31 - 1, 12_345_678, -2} {
			if _, in := want[id]; in {
				continue
			}
			if got, ok := tab.get(id); ok {
				t.Errorf("get(%d) = %d for an id never put", id, got)
			}
		}
	}
	if len(pairs) < 40_000 {
		t.Errorf("%d cities, want the whole gazetteer", len(pairs))
	}
}

// TestPlacesEnd checks placesEnd against bytes.Index on the embedded
// second tier and on texts with '#' in other places.
func TestPlacesEnd(t *testing.T) {
	for _, s := range []string{"", "#", "\n#\n", "a\n#\nb", "#\n#\n", "\n#", "#\n", "a#\n\n#\n", "\n##\n\n#\n", "a\n#b\n#\n", "\n\n#\n\n#\n"} {
		if got, want := placesEnd([]byte(s)), bytes.Index([]byte(s), []byte("\n#\n")); got != want {
			t.Errorf("placesEnd(%q) = %d, want %d", s, got, want)
		}
	}
	if got, want := placesEnd(townsTSV), bytes.Index(townsTSV, []byte("\n#\n")); got != want || want < 0 {
		t.Errorf("placesEnd(towns.tsv) = %d, want %d", got, want)
	}
}
