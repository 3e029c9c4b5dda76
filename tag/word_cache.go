package tag

import (
	"strings"

	"github.com/annals-project/annals/internal/wordtab"
)

// missLimit bounds the analyses a wordCache makes of words the memo
// lacks; past it the cache starts again. All of Reuters-21578 has about
// 42,000 distinct words that the memo lacks (names, numbers spelt out,
// rare inflections) in 605,000 tokens; a cache of 32,768 answers 91% of
// those tokens (93% unbounded, 87% at half the size) in at most 6 MB,
// which each worker's scratch may hold. The memo's words the cache keeps
// come on top: their records are the memo's, and cost a slot and a key
// each (at most some 10,600, the memo's forms).
const missLimit = 1 << 15

// wordCache gives the tagger the readings of every word it meets, in one
// lookup: the memo's record of a word the memo holds, and for a word the
// memo lacks an analysis of its own, as the lexicon and guess give it. It
// lives in the pooled scratch, so it is used by one goroutine at a time
// and outlives a document. Readings depend on the word alone, so a cached
// record is the one the memo or the lexicon would give: no tag changes.
//
// A word the memo lacks cost each of its tokens a lookup in the memo that
// failed, then a lookup in a cache of such words: twice the hashing and
// probing of a memo word, some 170 instructions against 60. Holding the
// memo's words as well, met once in the memo and then kept, the cache
// answers every word seen before with one probe of a wordtab table, which
// compares a word of up to eight bytes within its slot.
//
// The analyses are kept in blocks of missBlock that never move: a slice
// grown by doubling left a copy of every analysis behind as garbage, some
// 40 MB over a run of Reuters (a fifth of all it allocated), and the
// tagger's pointers would keep each old array alive for the sentence.
type wordCache struct {
	words  wordtab.Growing
	recs   []*cand  // recs[id] is the record of word id: the memo's, or one in blocks
	blocks [][]cand // the analyses of the words the memo lacks, in the order made
	made   int      // analyses made since the cache last started again
}

// missBlock is how many analyses one block of a wordCache holds: about
// 120 KB, a small part of a cache that fills to missLimit.
const missBlock = 1024

// readings returns the readings of norm, a word with no digit: the memo's
// record when the memo holds the word, else lexIndex.analyze's, or
// guess's where the lexicon has none, with what keepPerWord keeps. The
// tagger points at the record returned for the rest of the sentence and
// never writes it. Only a memo record can have no readings (set 0): guess
// gives every word some.
func (m *wordCache) readings(hot *hotLexicon, norm string) *cand {
	if c := m.known(norm); c != nil {
		return c
	}
	return m.add(hot, norm)
}

// known returns the record of norm when the cache holds the word, or nil.
// It is small enough to inline, where readings is not: the tagger's loop
// asks it of nearly every word, and calls add only for the rest.
func (m *wordCache) known(norm string) *cand {
	if id, ok := m.words.Find(norm); ok {
		return m.recs[id]
	}
	return nil
}

// add looks up norm, which the cache lacks, in the memo or analyses it,
// and keeps the record. The key is the memo's form or a copy of norm, and
// so are the lemmas an analysis takes from it, so the cache keeps no
// document's text alive.
func (m *wordCache) add(hot *hotLexicon, norm string) *cand {
	if i, ok := hot.table.Find(norm); ok {
		m.words.Add(hot.forms[i])
		m.recs = append(m.recs, &hot.cands[i])
		return &hot.cands[i]
	}
	if m.words.Slots() == 0 {
		m.words.Reserve(missLimit) // the memo's words met come on top
	}
	if m.made >= missLimit {
		// Fresh blocks for the analyses, not the old ones emptied: the
		// tagger points at the analyses it was given (scratch.cands),
		// and those of the sentence's earlier tokens must stay as they
		// were. The slots, which no one points at, are emptied and kept.
		m.words.Reset()
		clear(m.recs)
		clear(m.blocks)
		m.recs, m.blocks, m.made = m.recs[:0], m.blocks[:0], 0
	}
	if m.made%missBlock == 0 {
		m.blocks = append(m.blocks, make([]cand, missBlock))
	}
	w := strings.Clone(norm)
	c := &m.blocks[m.made/missBlock][m.made%missBlock]
	m.made++
	hot.lex.analyze(w, c)
	if c.set == 0 {
		guess(w, c)
	}
	c.keepPerWord(w)
	m.words.Add(w)
	m.recs = append(m.recs, c)
	return c
}
