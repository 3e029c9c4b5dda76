package where

import (
	"slices"

	"github.com/annals-project/annals/internal/wordtab"
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

// takesPart reports whether c is of the places whose long names fuzzy
// forgives a slip in: countries, regions and great cities.
func (c *Candidate) takesPart() bool { return c.Kind != KindCity || c.Population >= fuzzyPop }

// indexNear builds g.near's map: the deletions of the entries' own names
// (aliases aside), and the index's long keys of the kinds that take part.
//
// It is built at the first lookup of nearly every run, so it is built
// cheaply. The deletions are written into one string first, so that a
// key is a part of it rather than a string of its own, and a place
// list of one is a window on one shared array, copied only when a
// second place comes; the filter is filled as the keys come, and a key
// it has not seen, as most are, is stored without a lookup. The long
// keys are those load noted (g.longKeys) rather than a pass over every
// key of the index.
func (g *Gazetteer) indexNear() *nearIndex {
	type deletion struct {
		end uint32
		p   int32
	}
	var buf, key []byte
	var dels []deletion
	for i := range g.places {
		c := &g.places[i]
		if !c.takesPart() {
			continue
		}
		key = fold.Append(key[:0], c.Name)
		if len(key) < minFuzzy {
			continue
		}
		p := int32(i)
		for i := 1; i < len(key); i++ { // the first letter is kept: slips rarely fall there
			buf = append(append(buf, key[:i]...), key[i+1:]...)
			dels = append(dels, deletion{uint32(len(buf)), p})
		}
	}
	text := string(buf)
	near := make(map[string]slips, len(dels)+len(g.longKeys))
	filter := newKeyFilter(len(dels) + len(g.longKeys))
	one := make([]int32, len(dels))
	start := uint32(0)
	for i, d := range dels {
		k := text[start:d.end]
		start = d.end
		h := filter.hash(k)
		if filter.mayHash(h) {
			if s, ok := near[k]; ok {
				if s.near[len(s.near)-1] != d.p {
					s.near = append(s.near, d.p)
					near[k] = s
				}
				continue
			}
		}
		filter.addHash(h)
		one[i] = d.p
		near[k] = slips{near: one[i : i+1 : i+1]}
	}
	for _, k := range g.longKeys {
		h := filter.hash(k)
		s, seen := slips{}, false
		if filter.mayHash(h) {
			s, seen = near[k]
			if s.long != nil {
				continue // a key noted twice
			}
		}
		var long []int32
		for _, p := range g.index[k] {
			if g.places[p].takesPart() {
				long = append(long, p)
			}
		}
		if len(long) > 0 {
			if !seen {
				filter.addHash(h)
			}
			s.long = long
			near[k] = s
		}
	}
	return &nearIndex{m: near, filter: filter}
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
// The positions, ascending, are put in that order by two stable counting
// sorts, by length and then by first byte: a few passes over a country's
// cities rather than a comparison sort, whose calls of the comparison
// cost five times as much.
func (g *Gazetteer) indexCityLetters() map[string][]int32 {
	// The sort keys of each position, read from arrays rather than
	// through a function value, whose calls would cost more than the sort.
	lengths, firsts := make([]int32, len(g.keys)), make([]int32, len(g.keys))
	maxLen := 0
	for p, k := range g.keys {
		if k != "" {
			lengths[p], firsts[p] = int32(len(k)), int32(k[0])
			maxLen = max(maxLen, len(k))
		}
	}
	count := make([]int32, max(maxLen+1, 256))
	var tmp []int32
	m := make(map[string][]int32, len(g.cities))
	for code, r := range g.cities {
		list := make([]int32, 0, r[1]-r[0])
		for p := r[0]; p < r[1]; p++ {
			if g.keys[p] != "" {
				list = append(list, p)
			}
		}
		tmp = slices.Grow(tmp[:0], len(list))[:len(list)]
		countingSort(tmp, list, count[:maxLen+1], lengths)
		countingSort(list, tmp, count[:256], firsts)
		m[code] = list
	}
	return m
}

// countingSort writes the positions of src into dst ordered by their
// keys, key[p] for position p, keeping the order of src among equal
// keys. count must have room for every key; it is cleared first.
func countingSort(dst, src, count, key []int32) {
	clear(count)
	for _, p := range src {
		count[key[p]]++
	}
	sum := int32(0)
	for i, c := range count { // each key's first place in dst
		count[i], sum = sum, sum+c
	}
	for _, p := range src {
		k := key[p]
		dst[count[k]] = p
		count[k]++
	}
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
// repeated only once. The skeleton starts at len(dst): a letter is
// compared with the one before it only within it, so that
// indexSkeletons can append every city's skeleton to one buffer.
func skeleton(dst []byte, key string) []byte {
	// The article, "al " or "el " or with a hyphen, compared byte by
	// byte: a string comparison for each of its four forms cost as much
	// as the rest of the skeleton.
	if len(key) > 3 && (key[0] == 'a' || key[0] == 'e') && key[1] == 'l' && (key[2] == ' ' || key[2] == '-') {
		key = key[3:]
	}
	// The skeleton is no longer than key: room for it is made once and
	// each byte stored, not appended, and compared with the last one
	// kept in a register, not read back.
	start := len(dst)
	out := slices.Grow(dst, len(key))[:start+len(key)]
	j, last := start, -1
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c == '\'' {
			continue
		}
		b := skeletonByte[c]
		if int(b) == last {
			continue
		}
		out[j] = b
		j++
		last = int(b)
	}
	return out[:j]
}

// skeletonByte is what skeleton writes for each byte of a key (an
// apostrophe aside, which it drops): a vowel reads as ".", a hyphen as a
// space, any other byte as itself. A table read costs less than a switch
// over seven cases a letter, and indexSkeletons reads every city's name.
var skeletonByte = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
	}
	for _, v := range "aeiouy" {
		t[v] = '.'
	}
	t['-'] = ' '
	return t
}()

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
	x := g.skeletons()
	for e := x.find(q); e >= 0; e = x.next[e] {
		p := x.cities[e]
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

// skeletonIndex is the cities of each consonant skeleton, for
// translitIn. Every city's skeleton is written into one string and the
// cities of one skeleton chained, found through an open-addressed table
// of the chains' first entries; built so, it costs no string, list or
// map entry a city, most of the cost of a map of lists over 45,000
// cities, and its lookup one hash and one probe, as a map's does.
type skeletonIndex struct {
	text   string   // the skeletons, one an entry, end to end
	ends   []uint32 // by entry: the end of its skeleton in text
	cities []int32  // by entry: its city
	next   []int32  // by entry: the next entry of its skeleton, or -1
	slots  []int32  // the first entry of a skeleton plus one; 0 is empty
	shift  uint8    // 64 minus log2(len(slots))
}

// skeletonOf returns the skeleton of entry e.
func (x *skeletonIndex) skeletonOf(e int32) string {
	start := uint32(0)
	if e > 0 {
		start = x.ends[e-1]
	}
	return x.text[start:x.ends[e]]
}

// find returns the first entry of skeleton sk, or -1 when no city has it.
func (x *skeletonIndex) find(sk []byte) int32 {
	mask := len(x.slots) - 1
	_, h := wordtab.Hash(string(sk))
	for k := int(h >> x.shift); ; k = (k + 1) & mask {
		e := x.slots[k] - 1
		if e < 0 || x.skeletonOf(e) == string(sk) {
			return e
		}
	}
}

// indexSkeletons builds g.skeletons' index: the consonant skeleton of
// every city's name of at most 64 bytes that keeps minSkeleton
// consonants, each skeleton's cities chained in the order of places.
func (g *Gazetteer) indexSkeletons() *skeletonIndex {
	buf := make([]byte, 0, 8*len(g.keys))
	x := &skeletonIndex{ends: make([]uint32, 0, len(g.keys)), cities: make([]int32, 0, len(g.keys))}
	for p, k := range g.keys {
		if len(k) > 64 {
			continue
		}
		start := len(buf)
		buf = skeleton(buf, k)
		if consonants(buf[start:]) < minSkeleton {
			buf = buf[:start]
			continue
		}
		x.ends = append(x.ends, uint32(len(buf)))
		x.cities = append(x.cities, int32(p))
	}
	x.text = string(buf)
	bits := uint8(4)
	for 1<<bits < 2*len(x.cities) {
		bits++
	}
	x.slots = make([]int32, 1<<bits)
	x.shift = 64 - bits
	x.next = make([]int32, len(x.cities))
	last := make([]int32, len(x.cities)) // by first entry: the chain's last
	mask := len(x.slots) - 1
	for e := range x.cities {
		sk := x.skeletonOf(int32(e))
		x.next[e] = -1
		_, h := wordtab.Hash(sk)
		for k := int(h >> x.shift); ; k = (k + 1) & mask {
			first := x.slots[k] - 1
			if first < 0 {
				x.slots[k] = int32(e) + 1
				last[e] = int32(e)
				break
			}
			if x.skeletonOf(first) == sk {
				x.next[last[first]] = int32(e)
				last[first] = int32(e)
				break
			}
		}
	}
	return x
}
