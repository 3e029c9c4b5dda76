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
type wordSet struct {
	tab wordtab.Table
}

// setOf makes the set of the words m maps to true.
func setOf(m map[string]bool) wordSet {
	var keys []string
	for w, in := range m {
		if in {
			keys = append(keys, w)
		}
	}
	slices.Sort(keys) // the same slots on every run
	return wordSet{tab: wordtab.New(keys)}
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
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
