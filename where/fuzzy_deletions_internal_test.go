package where

import (
	"slices"
	"testing"

	"github.com/annals-project/annals/where/internal/fold"
)

// fuzzyByCopies is fuzzy as it was written before its deletions were
// made one byte at a time: each deletion copied afresh. The test below
// holds fuzzy to it.
func fuzzyByCopies(g *Gazetteer, key string) int32 {
	found := int32(-1)
	take := func(list []int32) bool {
		for _, p := range list {
			if found >= 0 && found != p {
				return false
			}
			found = p
		}
		return true
	}
	near := g.near()
	if !take(near.m[key].near) {
		return -1
	}
	for i := 1; i < len(key); i++ {
		b := key[:i] + key[i+1:]
		s := near.m[b]
		if key[i] == ' ' && len(b) >= minFuzzy {
			for _, p := range g.index[b] {
				if c := &g.places[p]; c.Kind != KindCity || c.Population >= fuzzyPop || !c.small() {
					if !take([]int32{p}) {
						return -1
					}
				}
			}
		} else if !take(s.long) {
			return -1
		}
		if !take(s.near) {
			return -1
		}
	}
	return found
}

// TestFuzzyDeletions checks fuzzy against fuzzyByCopies over the long
// keys of the index, each as it is and with a letter dropped, doubled,
// changed and two swapped.
func TestFuzzyDeletions(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var scratch [64]byte
	n, found := 0, 0
	for key := range g.index {
		if len(key) < minFuzzy || len(key) > 60 || n >= 20000 {
			continue
		}
		n++
		h := len(key) / 2
		for _, q := range []string{
			key,
			key[:h] + key[h+1:],
			key[:h] + key[h:h+1] + key[h:],
			key[:h] + "x" + key[h+1:],
			key[:h-1] + key[h:h+1] + key[h-1:h] + key[h+1:],
		} {
			got, want := g.fuzzy(q, scratch[:0]), fuzzyByCopies(g, q)
			if len(q) < minFuzzy {
				continue
			}
			if got != want {
				t.Fatalf("fuzzy(%q) = %d, want %d", q, got, want)
			}
			if got >= 0 {
				found++
			}
		}
	}
	if found == 0 {
		t.Errorf("fuzzy found no place for %d keys and their slips", n)
	}
}

// nearByMap is indexNear's map as it was first built: each deletion a
// string of its own and a map probe, and the long keys found by a pass
// over the whole index. The test below holds indexNear to it.
func nearByMap(g *Gazetteer) map[string]slips {
	near := map[string]slips{}
	for i := range g.places {
		c := &g.places[i]
		if c.Kind == KindCity && c.Population < fuzzyPop {
			continue
		}
		key := string(fold.Append(nil, c.Name))
		if len(key) < minFuzzy {
			continue
		}
		for j := 1; j < len(key); j++ {
			b := key[:j] + key[j+1:]
			if s := near[b]; len(s.near) == 0 || s.near[len(s.near)-1] != int32(i) {
				s.near = append(s.near, int32(i))
				near[b] = s
			}
		}
	}
	for k, list := range g.index {
		if len(k) < minFuzzy {
			continue
		}
		var long []int32
		for _, p := range list {
			if c := &g.places[p]; c.Kind != KindCity || c.Population >= fuzzyPop {
				long = append(long, p)
			}
		}
		if len(long) > 0 {
			s := near[k]
			s.long = long
			near[k] = s
		}
	}
	return near
}

// TestNearIndex checks indexNear's map against nearByMap key by key,
// and that its filter holds every key.
func TestNearIndex(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	want, got := nearByMap(g), g.indexNear()
	if len(got.m) != len(want) || len(want) < 10_000 {
		t.Errorf("%d keys, want %d", len(got.m), len(want))
	}
	longs := 0
	for k, w := range want {
		s, ok := got.m[k]
		if !ok || !slices.Equal(s.near, w.near) || !slices.Equal(s.long, w.long) {
			t.Errorf("%q: %v, want %v", k, s, w)
		}
		if !got.filter.may(k) {
			t.Errorf("the filter lacks %q", k)
		}
		if len(w.long) > 0 {
			longs++
		}
	}
	if longs < 1000 {
		t.Errorf("%d long keys, want the countries' and regions' names", longs)
	}
}
