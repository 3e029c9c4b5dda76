// Package wordtab is a read-only, open-addressed table from words to the
// ids they were numbered with. The tagger's memo and the dictionary
// tries ask one for nearly every token; probing a flat slice of slots
// that stays in cache costs fewer instructions than the general map's
// hashing and bucket walk (speed round 9 of issue 2).
package wordtab

// Table maps each of its words to its id. The zero Table is empty.
type Table struct {
	keys  []string // keys[id] is the word of id
	slots []uint32 // id plus one, 0 for an empty slot; at most half full
	shift uint8    // 64 minus log2(len(slots))
}

// New builds the table of keys: keys[id] is the word numbered id. Words
// must be distinct.
func New(keys []string) Table {
	t := Table{keys: keys}
	bits := uint8(4)
	for 1<<bits < 2*len(keys) {
		bits++
	}
	t.slots = make([]uint32, 1<<bits)
	t.shift = 64 - bits
	mask := len(t.slots) - 1
	for id, w := range keys {
		k := int(hash(w) >> t.shift)
		for t.slots[k] != 0 {
			k = (k + 1) & mask
		}
		t.slots[k] = uint32(id) + 1
	}
	return t
}

// Find returns the id of w, or false.
func (t *Table) Find(w string) (uint32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for k := int(hash(w) >> t.shift); ; k = (k + 1) & mask {
		id := t.slots[k]
		if id == 0 {
			return 0, false
		}
		if t.keys[id-1] == w {
			return id - 1, true
		}
	}
}

// Slots reports the table's size in slots, at least twice its words.
func (t *Table) Slots() int { return len(t.slots) }

// hash is FNV-1a followed by a multiplication, so that the top bits the
// table uses depend on every byte.
func hash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h * 0x9E3779B97F4A7C15
}
