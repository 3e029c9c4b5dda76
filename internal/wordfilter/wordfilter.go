// Package wordfilter answers, before a map lookup, that a word is surely
// not one of a small set's keys. The coders ask their word lists about
// most tokens, and most tokens are in no list: a lookup with a string key
// (hashing, probing, comparing) costs several times the two byte loads
// and a multiply that a filter needs (issue 2).
package wordfilter

// Filter is a one-sided filter over a set of words: a clear bit means the
// word is not in the set; a set bit needs the set itself to confirm.
type Filter [words]uint64

const words = 64 // 4,096 bits: a set of 100 words fills 2.5% of them

// New returns the filter of the keys of set, which must not change
// afterwards.
func New[V any](set map[string]V) *Filter {
	f := new(Filter)
	for w := range set {
		f.Add(w)
	}
	return f
}

// Add lets w through the filter.
func (f *Filter) Add(w string) {
	h := bit(w)
	f[h>>6] |= 1 << (h & 63)
}

// May reports whether w could be a key of the filter's set: false is
// certain, true needs the set to confirm.
func (f *Filter) May(w string) bool {
	h := bit(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// Rejected returns the words of list the filter turns away, in order. A
// filter built from a set must turn away none of its keys: the packages'
// tests check that of every guard they keep.
func (f *Filter) Rejected(list []string) []string {
	var out []string
	for _, w := range list {
		if !f.May(w) {
			out = append(out, w)
		}
	}
	return out
}

// MayBytes is May for a word held in bytes (a folded key), without making
// a string of it.
func (f *Filter) MayBytes(w []byte) bool {
	h := bit(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// Slot is the bit of a Filter a word hashes to, the same in every
// Filter: a caller may index a table of its own (Slots entries) alike,
// one hash answering for several word sets.
type Slot uint32

// Slots is the number of slots, the length of a table indexed by Slot.
const Slots = words * 64

// SlotOf returns the slot of w.
func SlotOf(w string) Slot { return Slot(bit(w)) }

// bit hashes a word's length and first and last bytes to a bit.
func bit[S string | []byte](w S) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	if n > 0 {
		h ^= uint32(w[0]) | uint32(w[n-1])<<8
	}
	h *= 0x85EBCA6B
	return h >> (32 - 12)
}
