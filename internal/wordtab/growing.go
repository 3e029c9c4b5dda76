package wordtab

// Growing is a Table that words are added to one at a time, for a cache
// that one goroutine fills as it meets words (the tagger's cache of the
// readings of every word it has seen). Its Find is Table's, the same
// probe in the same slots, so a word found in the cache costs what a word
// found in a fixed Table does; the Table is embedded, not wrapped, so that
// a caller's small function around Find stays small enough to inline.
// The zero Growing is empty.
type Growing struct {
	Table
}

// Len returns the number of words added since the last Reset.
func (g *Growing) Len() int { return len(g.Table.keys) }

// Word returns the word numbered id, which must be below Len.
func (g *Growing) Word(id uint32) string { return g.Table.keys[id] }

// Add adds w, which Find must not find, numbering it with the next id,
// and returns that id. The table keeps w, so a caller that must not keep
// the string it was given (a document's text) passes a copy. The slots
// double whenever they would be more than half full.
func (g *Growing) Add(w string) uint32 {
	t := &g.Table
	if 2*(len(t.keys)+1) > len(t.slots) {
		g.grow(max(1024, 2*len(t.slots)))
	}
	id := uint32(len(t.keys))
	t.keys = append(t.keys, w)
	t.place(w, id)
	return id
}

// Reserve makes room for n words in all, so that adding them places each
// once: a table grown from empty by doubling places every word again at
// each doubling, twice over in all.
func (g *Growing) Reserve(n int) {
	if 2*n > len(g.slots) {
		size := 1024
		for size < 2*n {
			size *= 2
		}
		g.grow(size)
	}
}

// Reset empties the table, keeping its slots' memory.
func (g *Growing) Reset() {
	clear(g.Table.slots)
	clear(g.Table.keys)
	g.Table.keys = g.Table.keys[:0]
}

// grow makes size slots, a power of two, and places the words again.
func (g *Growing) grow(size int) {
	t := &g.Table
	t.slots = make([]slot, size)
	bits := uint8(0)
	for 1<<bits < size {
		bits++
	}
	t.shift = 64 - bits
	for id, w := range t.keys {
		t.place(w, uint32(id))
	}
}

// place puts word id in the first free slot of the probe sequence Find
// follows for it.
func (t *Table) place(w string, id uint32) {
	head, h := Hash(w)
	mask := len(t.slots) - 1
	k := int(h >> t.shift)
	for t.slots[k].id != 0 {
		k = (k + 1) & mask
	}
	t.slots[k] = slot{head: head, id: id + 1, n: uint32(len(w))}
}
