// Package wordtab is a read-only, open-addressed table from words to the
// ids they were numbered with. The tagger's memo and the dictionary
// tries ask one for nearly every token; probing a flat slice of slots
// that stays in cache costs fewer instructions than the general map's
// hashing and bucket walk (speed round 9 of issue 2).
package wordtab

// Table maps each of its words to its id. The zero Table is empty.
//
// A slot holds its word's length and first eight bytes beside the id, so
// a probe compares a word of up to eight bytes (most tokens) within the
// slot's cache line, and rejects nearly every other word there, instead
// of loading a string header and then the key's bytes, two more reads
// from memory that a CPU profile showed as most of the table's time.
type Table struct {
	keys  []string // keys[id] is the word of id
	slots []slot   // at most half full
	shift uint8    // 64 minus log2(len(slots))
}

// slot is one word's place in the table.
type slot struct {
	head uint64 // the word's first eight bytes, little-endian, zero-padded
	id   uint32 // id plus one, 0 for an empty slot
	n    uint32 // the word's length in bytes
}

// New builds the table of keys: keys[id] is the word numbered id. Words
// must be distinct.
func New(keys []string) Table {
	t := Table{keys: keys}
	bits := uint8(4)
	for 1<<bits < 2*len(keys) {
		bits++
	}
	t.slots = make([]slot, 1<<bits)
	t.shift = 64 - bits
	mask := len(t.slots) - 1
	for id, w := range keys {
		head := headOf(w)
		k := int(hash(w, head) >> t.shift)
		for t.slots[k].id != 0 {
			k = (k + 1) & mask
		}
		t.slots[k] = slot{head: head, id: uint32(id) + 1, n: uint32(len(w))}
	}
	return t
}

// Find returns the id of w, or false.
func (t *Table) Find(w string) (uint32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	head := headOf(w)
	mask := len(t.slots) - 1
	for k := int(hash(w, head) >> t.shift); ; k = (k + 1) & mask {
		s := &t.slots[k]
		if s.id == 0 {
			return 0, false
		}
		if s.head == head && int(s.n) == len(w) && (len(w) <= 8 || t.keys[s.id-1][8:] == w[8:]) {
			return s.id - 1, true
		}
	}
}

// Slots returns the number of slots, for tests of the load factor.
func (t *Table) Slots() int { return len(t.slots) }

// headOf packs the first eight bytes of w, little-endian, zero-padded.
func headOf(w string) uint64 {
	if len(w) >= 8 {
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	}
	var h uint64
	for i := len(w) - 1; i >= 0; i-- {
		h = h<<8 | uint64(w[i])
	}
	return h
}

// hash mixes a word's head, its length and, for a longer word, its
// other bytes (FNV-1a), then spreads the bits for a shift to the table's
// size.
func hash(w string, head uint64) uint64 {
	h := (head ^ uint64(len(w))<<59) * 0x9E3779B97F4A7C15
	for i := 8; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	h ^= h >> 29
	return h * 0xBF58476D1CE4E5B9
}
