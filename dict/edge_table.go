package dict

// edgeTable is a read-only, open-addressed table from edge keys (edgeKey)
// to the nodes the edges lead to. step asks it for every token that passes
// the vocabulary filter, up to three times; probing a flat slice of slots
// costs a fraction of the general map's hashing and group walk (issue 2).
type edgeTable struct {
	slots []edgeSlot // at most half full
	shift uint8      // 64 minus log2(len(slots))
}

// edgeSlot is one edge's place in the table.
type edgeSlot struct {
	key  uint64
	next int32 // the node plus one; 0 for an empty slot
}

// newEdgeTable builds the table of the edges of m, which must not change
// afterwards.
func newEdgeTable(m map[uint64]int32) edgeTable {
	bits := uint8(4)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := edgeTable{slots: make([]edgeSlot, 1<<bits), shift: 64 - bits}
	mask := len(t.slots) - 1
	for k, next := range m {
		i := t.home(k)
		for t.slots[i].next != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = edgeSlot{key: k, next: next + 1}
	}
	return t
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
