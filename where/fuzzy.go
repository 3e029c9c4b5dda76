package where

import (
	"slices"

	"github.com/annals-project/annals/where/internal/fold"
)

// A tolerant lookup for long names. Reporters and readers misspell places
// ("Lousiana", "Pensylvania", "Phillipines"); a name of eight letters or
// more that the gazetteer does not know is looked up once more allowing one
// letter deleted, inserted, changed or two swapped, by the symmetric-delete
// method: every long name is indexed under each form with one letter
// removed, so a query costs one map lookup per letter rather than one per
// possible edit. Only countries, regions and great cities take part, the
// places whose misspellings are worth catching and whose long names are
// seldom one slip away from an ordinary word.

// minFuzzy is the shortest folded name, in bytes, looked up tolerantly.
// Shorter names sit too close to one another and to common words.
const minFuzzy = 8

// fuzzyPop is the population from which a city's name takes part.
const fuzzyPop = 500_000

// slips is what fuzzy finds under one folded key: near lists the long
// names that lose a letter to become the key (indexed deletions), long
// the places that g.index lists under the key itself and that fuzzy
// admits whatever letter was deleted to reach it. Keeping both in one
// small map costs a query one lookup per letter rather than two, one of
// them in the whole index.
type slips struct {
	near []int32
	long []int32
}

// nearIndex is g.near's map with a filter of its keys in front (see
// keyFilter): a query's deletions are nearly all absent from the map.
type nearIndex struct {
	m      map[string]slips
	filter keyFilter
}

// newNearIndex fills the filter from the keys of m.
func newNearIndex(m map[string]slips) *nearIndex {
	x := &nearIndex{m: m, filter: newKeyFilter(len(m))}
	for k := range m {
		x.filter.add(k)
	}
	return x
}

// indexNear builds g.near's map: the deletions of the entries' own names
// (aliases aside), and the index's long keys of the kinds that take part.
func (g *Gazetteer) indexNear() *nearIndex {
	near := make(map[string]slips, 40000)
	var key, buf []byte
	for i := range g.places {
		c := &g.places[i]
		if c.Kind == KindCity && c.Population < fuzzyPop {
			continue
		}
		key = fold.Append(key[:0], c.Name)
		if len(key) < minFuzzy {
			continue
		}
		p := int32(i)
		for i := 1; i < len(key); i++ { // the first letter is kept: slips rarely fall there
			buf = append(append(buf[:0], key[:i]...), key[i+1:]...)
			if s := near[string(buf)]; len(s.near) == 0 || s.near[len(s.near)-1] != p {
				s.near = append(s.near, p)
				near[string(buf)] = s
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
	return newNearIndex(near)
}

// fuzzy returns the one place the folded name key, unknown to the index,
// is a single slip away from, or -1 when there is none or more than one
// (for a key shorter than minFuzzy, see swapped).
// It allocates nothing when scratch has room for key: the edited forms
// are written in its array (a slice, not a pointer to one, so that a
// caller's array stays on its stack).
func (g *Gazetteer) fuzzy(key string, scratch []byte) int32 {
	if len(key) < minFuzzy {
		return g.swapped(key, scratch) // shorter names: two letters swapped only
	}
	if len(key) > 64 {
		return -1
	}
	found := int32(-1)
	take1 := func(p int32) bool {
		if found >= 0 && found != p {
			return false
		}
		found = p
		return true
	}
	take := func(list []int32) bool {
		for _, p := range list {
			if !take1(p) {
				return false
			}
		}
		return true
	}
	near := g.near()
	// A letter left out: the key is one of the indexed deletions.
	if near.filter.may(key) && !take(near.m[key].near) {
		return -1
	}
	// b is key with its letter at i deleted, key[:i]+key[i+1:]. Moving
	// the deletion from i-1 to i changes one byte of b, at i-1, where
	// key[i-1] comes back in place of key[i]: one write a letter rather
	// than a copy of the key.
	b := append(append(scratch[:0], key[:1]...), key[2:]...)
	for i := 1; i < len(key); i++ {
		if i > 1 {
			b[i-1] = key[i-1]
		}
		var s slips
		if near.filter.mayBytes(b) {
			s = near.m[string(b)]
		}
		// A letter too many: the deletion is a name itself, if a long one
		// of the kinds that take part.
		// A space too many ("Pangkal Pinang") is a spelling of the name, not a
		// slip, and admits any town that needs no corroboration.
		if key[i] == ' ' && len(b) >= minFuzzy {
			for _, p := range g.index[string(b)] {
				if c := &g.places[p]; c.Kind != KindCity || c.Population >= fuzzyPop || !c.small() {
					if !take1(p) {
						return -1
					}
				}
			}
		} else if !take(s.long) {
			return -1
		}
		// A letter changed, or two swapped: both lose a letter to meet.
		if !take(s.near) {
			return -1
		}
	}
	return found
}

// minNearIn is the shortest folded name, in bytes, compared with the towns
// of the article's countries: "Guenica" for Guánica.
const minNearIn = 6

// nearIn returns the one city, in one of the countries listed, whose name
// is a single slip away from key (a letter changed, added, dropped or two
// swapped, the first letter kept), or -1 when there is none or more than
// one. It is for a name the gazetteer lacks after a locative cue in an
// article that names the countries: knowing the country makes a short
// name safe to forgive, which fuzzy's worldwide index is not.
func (g *Gazetteer) nearIn(key []byte, countries []string) int32 {
	if len(key) < minNearIn || len(key) > 64 {
		return -1
	}
	found := int32(-1)
	for _, code := range countries {
		// Only the cities whose name starts with key's letter and is
		// within one letter of its length can be a slip away: the
		// country's cities ordered so find them without reading the
		// rest, most of a large country's thousands.
		list := g.cityLetters()[code]
		x, _ := slices.BinarySearchFunc(list, key, func(p int32, key []byte) int {
			k := g.keys[p]
			if c := int(k[0]) - int(key[0]); c != 0 {
				return c
			}
			return len(k) - (len(key) - 1)
		})
		for _, p := range list[x:] {
			k := g.keys[p]
			if k[0] != key[0] || len(k) > len(key)+1 {
				break
			}
			if !oneSlip(key, k) {
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

// indexCityLetters builds cityLetters' map: by country, the positions of
// its cities whose folded name is not empty, ordered by the name's first
// byte and then its length (then position), so that nearIn finds the
// names of one first letter and a range of lengths by a binary search.
func (g *Gazetteer) indexCityLetters() map[string][]int32 {
	m := make(map[string][]int32, len(g.cities))
	for code, r := range g.cities {
		list := make([]int32, 0, r[1]-r[0])
		for p := r[0]; p < r[1]; p++ {
			if g.keys[p] != "" {
				list = append(list, p)
			}
		}
		slices.SortFunc(list, func(a, b int32) int {
			ka, kb := g.keys[a], g.keys[b]
			if c := int(ka[0]) - int(kb[0]); c != 0 {
				return c
			}
			if c := len(ka) - len(kb); c != 0 {
				return c
			}
			return int(a - b)
		})
		m[code] = list
	}
	return m
}

// oneSlip reports whether a and b, which differ, are one letter changed,
// added or dropped, or two neighbours swapped, apart.
func oneSlip(q []byte, k string) bool {
	a, b := string(q), k // no copy: a is only compared
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch {
	case i == len(a):
		return len(b) == len(a)+1
	case len(a) == len(b):
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	default:
		return a[i:] == b[i+1:]
	}
}

// A transliteration lookup. Names from Arabic, Persian and Pashto reach
// English in many spellings that differ in their vowels and doubled
// letters and in a leading article: "Maidan Shahr" is GeoNames' Mīdān
// Shahr, "Mokha" its Al Mukhā. Such a name is compared with the towns of
// the article's countries by its consonant skeleton, and taken only when
// exactly one town there shares it.

// minSkeleton is the fewest consonants a skeleton must keep to be
// compared: shorter ones match too many towns by chance.
const minSkeleton = 3

// skeleton appends to dst the consonant skeleton of the folded name key:
// a leading "al " or "el " dropped, each run of vowels read as one mark
// "." (so that "Maidan" and "Midan" meet, but "Morrocco" and "Marco" do
// not), apostrophes dropped, hyphens read as spaces, and a letter
// repeated only once.
func skeleton(dst []byte, key string) []byte {
	for _, art := range [...]string{"al ", "al-", "el ", "el-"} {
		if len(key) > len(art) && key[:len(art)] == art {
			key = key[len(art):]
			break
		}
	}
	for i := 0; i < len(key); i++ {
		b := key[i]
		switch b {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			b = '.'
		case '\'':
			continue
		case '-':
			b = ' '
		}
		if n := len(dst); n > 0 && dst[n-1] == b {
			continue
		}
		dst = append(dst, b)
	}
	return dst
}

// consonants counts the letters of a skeleton, spaces aside.
func consonants(sk []byte) int {
	n := 0
	for _, b := range sk {
		if b != ' ' && b != '.' {
			n++
		}
	}
	return n
}

// translitIn returns the one city, in one of the countries listed, whose
// name has the consonant skeleton of key, or -1 when none or several do,
// or when key is too short to compare.
func (g *Gazetteer) translitIn(key []byte, countries []string) int32 {
	if len(key) > 64 {
		return -1
	}
	var qa [64]byte
	q := skeleton(qa[:0], string(key))
	if consonants(q) < minSkeleton {
		return -1
	}
	found := int32(-1)
	for _, p := range g.skeletons()[string(q)] {
		if !slices.Contains(countries, g.places[p].Country) {
			continue
		}
		if found >= 0 && found != p {
			return -1
		}
		found = p
	}
	return found
}

// indexSkeletons maps the consonant skeleton of every city's name to the
// cities that have it, for translitIn.
func (g *Gazetteer) indexSkeletons() map[string][]int32 {
	var ka [64]byte
	m := make(map[string][]int32, len(g.keys)/2)
	for _, r := range g.cities {
		for p := r[0]; p < r[1]; p++ {
			k := g.keys[p]
			if len(k) > 64 {
				continue
			}
			sk := skeleton(ka[:0], k)
			if consonants(sk) < minSkeleton {
				continue
			}
			m[string(sk)] = append(m[string(sk)], p)
		}
	}
	return m
}
