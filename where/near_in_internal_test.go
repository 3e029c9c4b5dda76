package where

import (
	"cmp"
	"slices"
	"testing"
)

// nearInScan is nearIn as a plain scan of every city of each country:
// the reference that the ordered index nearIn reads must agree with.
func nearInScan(g *Gazetteer, key []byte, countries []string) int32 {
	if len(key) < minNearIn || len(key) > 64 {
		return -1
	}
	found := int32(-1)
	for _, code := range countries {
		r, ok := g.cities[code]
		if !ok {
			continue
		}
		for p := r[0]; p < r[1]; p++ {
			k := g.keys[p]
			if len(k) < len(key)-1 || len(k) > len(key)+1 || k[0] != key[0] || !oneSlip(key, k) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = p
		}
	}
	return found
}

// TestNearInIndex checks that nearIn, which reads each country's cities
// ordered by first letter and length, finds what a scan of all of them
// finds, for slips of every kind of many cities' names, asked of one
// country, of another, and of lists of them.
func TestNearInIndex(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	lists := [][]string{{"USA"}, {"PRI"}, {"IND"}, {"GBR", "FRA"}, {"DEU", "USA", "PRI"}, {"BRA", "BRA"}, {"XXX"}, nil}
	for code := range g.cities {
		lists = append(lists, []string{code})
	}
	asked, found := 0, 0
	for _, countries := range lists {
		r := g.cities[countries0(countries)]
		for p := r[0]; p < r[1]; p += 5 {
			k := g.keys[p]
			if len(k) < 3 {
				continue
			}
			for _, key := range []string{
				k,                               // the name itself
				k[:2] + "x" + k[3:],             // a letter changed
				k[:2] + k[3:],                   // a letter dropped
				k[:2] + "e" + k[2:],             // a letter added
				k[:1] + k[2:3] + k[1:2] + k[3:], // two swapped
				"x" + k[1:],                     // the first letter changed
			} {
				want := nearInScan(g, []byte(key), countries)
				if got := g.nearIn([]byte(key), countries); got != want {
					t.Errorf("nearIn(%q, %v) = %d, the scan finds %d", key, countries, got, want)
				}
				asked++
				if want >= 0 {
					found++
				}
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d of %d keys asked found a city: the test reaches too few", found, asked)
	}
	t.Logf("%d keys asked, %d found", asked, found)
}

// countries0 returns the first of countries, or "".
func countries0(countries []string) string {
	if len(countries) == 0 {
		return ""
	}
	return countries[0]
}

// TestCityLettersOrder checks indexCityLetters' counting sorts against a
// comparison sort of each country's cities by first byte, length and
// position.
func TestCityLettersOrder(t *testing.T) {
	g := loaded(t)
	m := g.cityLetters()
	if len(m) != len(g.cities) {
		t.Errorf("%d countries listed, want %d", len(m), len(g.cities))
	}
	n := 0
	for code, r := range g.cities {
		var want []int32
		for p := r[0]; p < r[1]; p++ {
			if g.keys[p] != "" {
				want = append(want, p)
			}
		}
		slices.SortFunc(want, func(a, b int32) int {
			ka, kb := g.keys[a], g.keys[b]
			return cmp.Or(int(ka[0])-int(kb[0]), len(ka)-len(kb), int(a-b))
		})
		got := m[code]
		if !slices.Equal(got, want) {
			t.Errorf("%s: %d cities, want %d in order", code, len(got), len(want))
		}
		n += len(got)
	}
	if n < 40_000 {
		t.Errorf("%d cities listed, want every named one", n)
	}
}
