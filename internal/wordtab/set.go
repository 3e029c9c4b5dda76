package wordtab

import "slices"

// Set answers membership in a word list that a coder asks about nearly
// every token or mention. The lists are written as maps, which read best;
// a Set made from one answers the same in a fraction of the general
// map's instructions (hashing, group probe, key compare): most words are
// turned away by a filter of their first two bytes and length, and the
// rest by a Table probe (issue 2).
//
// Bit n%32 of lengths[i] is set when a member of n bytes has its first
// two bytes mixed to i (filterSlot). Words of under two bytes go to the
// table. The zero Set is empty.
type Set struct {
	tab     Table
	lengths [256]uint32
}

// filterSlot mixes the first two bytes of w, of two bytes or more.
func filterSlot(w string) uint8 { return w[0]*5 + w[1] }

// SetOf returns the set of the words m maps to true.
func SetOf(m map[string]bool) Set {
	var keys []string
	for w, in := range m {
		if in {
			keys = append(keys, w)
		}
	}
	return NewSet(keys)
}

// KeySet returns the set of the keys of m, whatever they map to.
func KeySet[V any](m map[string]V) Set {
	keys := make([]string, 0, len(m))
	for w := range m {
		keys = append(keys, w)
	}
	return NewSet(keys)
}

// NewSet returns the set of words, which must be distinct.
func NewSet(words []string) Set {
	keys := slices.Clone(words)
	slices.Sort(keys) // the same slots on every run
	s := Set{tab: New(keys)}
	for _, w := range keys {
		if len(w) >= 2 {
			s.lengths[filterSlot(w)] |= 1 << (len(w) & 31)
		}
	}
	return s
}

// Has reports whether w is in the set. A word whose filter slot lacks its
// length is no member, answered without probing the table.
func (s *Set) Has(w string) bool {
	if !s.may(w) {
		return false
	}
	_, ok := s.tab.Find(w)
	return ok
}

// Index returns the index of w among the set's words in sorted order, or
// false when w is no member: a list that maps its words to values keeps
// them in a slice by that index, and keeps the filter's quick answer for
// the words it turns away.
func (s *Set) Index(w string) (int, bool) {
	if !s.may(w) {
		return 0, false
	}
	id, ok := s.tab.Find(w)
	return int(id), ok
}

// may reports whether w may be in the set, by the filter alone: false is
// certain, true needs the table.
func (s *Set) may(w string) bool {
	return len(w) < 2 || s.lengths[filterSlot(w)]>>(len(w)&31)&1 != 0
}

// Disagreements returns the words, of m's keys and of others, on which
// s and m answer differently (a key counts as a member when m maps it to
// true), in order: keys first, sorted, then others. A Set made from m
// must disagree on none; the packages' tests check that of every set
// they keep, over the keys and the tokens of many articles.
func (s *Set) Disagreements(m map[string]bool, others []string) []string {
	keys := make([]string, 0, len(m))
	for w := range m {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	var out []string
	for _, w := range append(keys, others...) {
		if s.Has(w) != m[w] {
			out = append(out, w)
		}
	}
	return out
}
