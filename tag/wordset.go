package tag

import (
	"slices"

	"github.com/annals-project/annals/internal/wordtab"
)

// wordSet answers membership in one of the tagger's word lists. The
// lists are written as maps, which read best, but the tagger asks some
// of them of most verbs and nouns of every sentence ("is this lemma a
// speech verb?"); a wordtab.Table answers a short word in well under
// half the instructions of the general map's hashing and group probe
// (speed round 32 of issue 2).
//
// A filter answers most words that are not members before the table:
// bit n%32 of lengths[i] is set when a member of n bytes has its first two
// bytes mixed to i (filterSlot). The tagger asks whether a verb's lemma
// is a speech verb for nearly every verb, and "be" passes no filter slot
// of that list. Words of one byte go to the table.
type wordSet struct {
	tab     wordtab.Table
	lengths [256]uint32
}

// filterSlot mixes the first two bytes of w, of two bytes or more.
func filterSlot(w string) uint8 { return w[0]*5 + w[1] }

// setOf makes the set of the words m maps to true.
func setOf(m map[string]bool) wordSet {
	var keys []string
	for w, in := range m {
		if in {
			keys = append(keys, w)
		}
	}
	slices.Sort(keys) // the same slots on every run
	s := wordSet{tab: wordtab.New(keys)}
	for _, w := range keys {
		if len(w) >= 2 {
			s.lengths[filterSlot(w)] |= 1 << (len(w) & 31)
		}
	}
	return s
}

// has reports whether w is in the set. A word whose filter slot lacks
// its length is no member. It is small enough to inline.
func (s *wordSet) has(w string) bool {
	if len(w) >= 2 && s.lengths[filterSlot(w)]>>(len(w)&31)&1 == 0 {
		return false
	}
	_, ok := s.tab.Find(w)
	return ok
}

// The lists the tagger, the chunker and the clauser consult per token
// or per verb group.
var (
	speechVerbsSet = setOf(speechVerbs)
	tellVerbsSet   = setOf(tellVerbs)
	timeWordsSet   = setOf(timeWords)
	pluralSenseSet = setOf(pluralSense)
	spanWordsSet   = setOf(spanWords)
	pastAsBaseSet  = setOf(pastAsBase)
	objectVerbsSet = setOf(objectVerbs)
	namedPastsSet  = setOf(namedPasts)
	mandativeSet   = setOf(mandative)
)
