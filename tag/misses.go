package tag

import (
	"math/bits"
	"strings"

	"github.com/annals-project/annals/internal/wordtab"
)

// missLimit bounds the words a missCache holds; past it the cache starts
// again. All of Reuters-21578 has about 42,000 distinct words that the
// memo lacks (names, numbers spelt out, rare inflections) in 605,000
// tokens; a cache of 32,768 answers 91% of those tokens (93% unbounded,
// 87% at half the size) in at most 6 MB, which each worker's scratch may
// hold.
const missLimit = 1 << 15

// missCache remembers the readings of the words the memo lacks, as the
// lexicon and guess give them. Each such token cost a lookup of the word
// and up to four of candidate bases, then the shape tests of guess: some
// 390 instructions, against one probe here for a word seen before. It
// lives in the pooled scratch, so it is used by one goroutine at a time
// and outlives a document. Readings depend on the word alone, so a cached
// analysis is the one the lexicon would give: no tag changes.
//
// It is an open-addressed table laid out as wordtab's, which cannot grow:
// a slot holds the word's first eight bytes and length, so most probes
// end in the slot. The general map cost three times as many instructions
// a lookup, its string hashing and group probe more than the analysis it
// saved for a word seen once or twice.
//
// The analyses are kept in blocks of missBlock that never move: a slice
// grown by doubling left a copy of every analysis behind as garbage, some
// 40 MB over a run of Reuters (a fifth of all it allocated), and the
// tagger's pointers would keep each old array alive for the sentence.
type missCache struct {
	slots  []missSlot // a power of two, at most half full
	shift  uint8      // 64 minus log2(len(slots))
	keys   []string   // keys[id] is the word of analysis id
	blocks [][]cand   // analysis id is blocks[id/missBlock][id%missBlock]
}

// missBlock is how many analyses one block of a missCache holds: about
// 120 KB, a small part of a cache that fills to missLimit.
const missBlock = 1024

// missSlot is one word's place in a missCache.
type missSlot struct {
	head uint64 // the word's first eight bytes, little-endian, zero-padded
	id   uint32 // index in cands plus one, 0 for an empty slot
	n    uint32 // the word's length in bytes
}

// analysis returns the readings of norm, a word with no digit that the
// memo lacks: lexIndex.analyze's, or guess's where the lexicon has none,
// with what keepPerWord keeps. The tagger points at the record returned
// for the rest of the sentence and never writes it.
// The key is a copy of norm, and so are the lemmas analysis takes from
// it, so the cache keeps no document's text alive.
func (m *missCache) analysis(lex *lexIndex, norm string) *cand {
	head, h := wordtab.Hash(norm)
	n := uint32(len(norm))
	mask := uint(len(m.slots) - 1)
	k := uint(h >> (m.shift & 63))
	for len(m.slots) > 0 {
		s := &m.slots[k&mask]
		if s.id == 0 {
			break
		}
		if s.head == head && s.n == n && (n <= 8 || m.keys[s.id-1] == norm) {
			return m.at(s.id - 1)
		}
		k++
	}
	if len(m.keys) >= missLimit {
		// Fresh blocks for the analyses, not the old ones emptied: the
		// tagger points at the analyses it was given (scratch.cands),
		// and those of the sentence's earlier tokens must stay as they
		// were. The slots, which no one points at, are emptied and kept.
		clear(m.slots)
		clear(m.blocks)
		m.keys, m.blocks = m.keys[:0], m.blocks[:0]
	}
	if 2*(len(m.keys)+1) > len(m.slots) {
		m.grow()
		mask = uint(len(m.slots) - 1)
		for k = uint(h >> (m.shift & 63)); m.slots[k&mask].id != 0; k++ {
		}
	}
	w := strings.Clone(norm)
	id := uint32(len(m.keys))
	m.keys = append(m.keys, w)
	if id%missBlock == 0 {
		m.blocks = append(m.blocks, make([]cand, missBlock))
	}
	c := m.at(id)
	lex.analyze(w, c)
	if c.set == 0 {
		guess(w, c)
	}
	c.keepPerWord(w)
	m.slots[k&mask] = missSlot{head: head, id: id + 1, n: n}
	return c
}

// at returns analysis id.
func (m *missCache) at(id uint32) *cand {
	return &m.blocks[id/missBlock][id%missBlock]
}

// grow doubles the slots (to 1,024 at first) and places the words again.
func (m *missCache) grow() {
	size := max(1024, 2*len(m.slots))
	m.slots = make([]missSlot, size)
	m.shift = uint8(64 - bits.TrailingZeros(uint(size)))
	mask := uint(size - 1)
	for id, w := range m.keys {
		head, h := wordtab.Hash(w)
		k := uint(h >> m.shift)
		for m.slots[k&mask].id != 0 {
			k++
		}
		m.slots[k&mask] = missSlot{head: head, id: uint32(id) + 1, n: uint32(len(w))}
	}
}
