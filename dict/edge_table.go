package dict

// edgeTable is a read-only, open-addressed table from edge keys (edgeKey)
// to the nodes the edges lead to. step asks it for every token that passes
// the vocabulary filter, up to three times; probing a flat slice of slots
// costs a fraction of the general map's hashing and group walk (issue 2).
type edgeTable struct {
	slots []edgeSlot // at most half full
	shift uint8      // 64 minus log2(len(slots))
	n     int        // the edges put
}

// edgeSlot is one edge's place in the table.
type edgeSlot struct {
	key  uint64
	next int32 // the node plus one; 0 for an empty slot
}

// put adds the edge k, leading to node next, which get must not find.
// The slots double whenever they would be more than half full, so that
// they end as many as a table built at once for all the edges would have
// (the least power of two, 16 or more, at least twice their number).
func (t *edgeTable) put(k uint64, next int32) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow(max(16, 2*len(t.slots)))
	}
	t.place(edgeSlot{key: k, next: next + 1})
	t.n++
}

// grow makes size slots, a power of two, and places the edges again.
func (t *edgeTable) grow(size int) {
	old := t.slots
	bits := uint8(0)
	for 1<<bits < size {
		bits++
	}
	t.slots, t.shift = make([]edgeSlot, size), 64-bits
	for _, s := range old {
		if s.next != 0 {
			t.place(s)
		}
	}
}

// place puts s in the first free slot of the probe get follows for its key.
func (t *edgeTable) place(s edgeSlot) {
	mask := len(t.slots) - 1
	i := t.home(s.key)
	for t.slots[i].next != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// home returns the slot where the probe for key k starts.
func (t *edgeTable) home(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> t.shift)
}

// get returns the node the edge k leads to, or false.
func (t *edgeTable) get(k uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.next == 0 {
			return 0, false
		}
		if s.key == k {
			return s.next - 1, true
		}
	}
}
