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
		head, h := Hash(w)
		k := int(h >> t.shift)
		for t.slots[k].id != 0 {
			k = (k + 1) & mask
		}
		t.slots[k] = slot{head: head, id: uint32(id) + 1, n: uint32(len(w))}
	}
	return t
}

// Find returns the id of w, or false.
//
// Find calls nothing but a panic on a bad index, so that the compiler
// leaves out its stack check and it keeps nothing across a call: it
// spells out Hash, and compares a longer word's tail eight bytes at a
// time, in place of calls to Hash and memequal, which with their spills
// cost as much as the rest of a lookup. Slots are indexed through the
// mask, sparing a bounds check.
func (t *Table) Find(w string) (uint32, bool) {
	n := len(w)
	slots := t.slots
	if len(slots) == 0 {
		return 0, false
	}
	var head uint64
	switch {
	case n >= 8:
		head = load8(w)
	case n >= 4:
		head = load4(w) | load4(w[n-4:])<<(8*(n-4))
	case n >= 2:
		head = load2(w) | load2(w[n-2:])<<(8*(n-2))
	case n == 1:
		head = uint64(w[0])
	}
	h := (head ^ uint64(n)<<59) * mulHead
	for i := 8; i < n; i += 8 {
		h = (h ^ load8(w[min(i, n-8):])) * mulTail
		h ^= h >> 32
	}
	mask := uint(len(slots) - 1)
	for k := uint(h >> (t.shift & 63)); ; k++ {
		s := &slots[k&mask]
		if s.id == 0 {
			return 0, false
		}
		if s.head != head || int(s.n) != n {
			continue
		}
		if n <= 8 {
			return s.id - 1, true
		}
		// A longer word: compare the rest of the key eight bytes at a
		// time, the last eight overlapping, as the hash read it.
		key := t.keys[s.id-1]
		same := len(key) == n
		for i := 8; same && i < n; i += 8 {
			j := min(i, n-8)
			same = load8(key[j:]) == load8(w[j:])
		}
		if same {
			return s.id - 1, true
		}
	}
}

// Slots returns the number of slots, for tests of the load factor.
func (t *Table) Slots() int { return len(t.slots) }

// load8, load4 and load2 read the first eight, four or two bytes of w,
// little-endian.
func load8(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

func load4(w string) uint64 {
	_ = w[3]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
}

func load2(w string) uint64 {
	_ = w[1]
	return uint64(w[0]) | uint64(w[1])<<8
}

// Multipliers of the hash: odd, with bits spread over the word.
const (
	mulHead = 0x9E3779B97F4A7C15
	mulTail = 0xFF51AFD7ED558CCD
)

// Hash returns w's head (its first eight bytes, little-endian,
// zero-padded) and the hash a Table places it by, for tables of the same
// layout kept elsewhere (the tagger's cache of words its memo lacks,
// which must grow, as a Table cannot). The hash mixes the head, the
// length and, for a longer word, its other bytes eight at a time, the
// last eight overlapping; a table keeps the top bits of the product,
// which depend on every bit of the head, so no further mixing is needed
// (Fibonacci hashing).
//
// A shorter word's head is read as two overlapping loads of four or two
// bytes, which the compiler makes single moves. Like Find, which
// computes the same inline, Hash calls nothing: the tagger asks it of
// every word its memo lacks, and New of every key, and calls to helpers
// for the head and the tail cost as much as the rest.
func Hash(w string) (head, h uint64) {
	n := len(w)
	switch {
	case n >= 8:
		head = load8(w)
	case n >= 4:
		head = load4(w) | load4(w[n-4:])<<(8*(n-4))
	case n >= 2:
		head = load2(w) | load2(w[n-2:])<<(8*(n-2))
	case n == 1:
		head = uint64(w[0])
	}
	h = (head ^ uint64(n)<<59) * mulHead
	for i := 8; i < n; i += 8 {
		h = (h ^ load8(w[min(i, n-8):])) * mulTail
		h ^= h >> 32
	}
	return head, h
}
