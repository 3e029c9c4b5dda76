package where

// wordFilter answers, before a map lookup, that a word is surely not one
// of a small set's keys. Most tokens are in no set, and a lookup with a
// string key (hashing, probing, comparing) costs several times the two
// byte loads and a multiply this needs; the profile of `annals code` has
// such lookups on every token of every sentence.
type wordFilter [filterWords]uint64

const filterWords = 64 // 4,096 bits: a set of 100 words fills 2.5% of them

// newWordFilter returns the filter of the keys of set, which must not
// change afterwards.
func newWordFilter(set map[string]bool) *wordFilter {
	f := new(wordFilter)
	for w := range set {
		h := filterBit(w)
		f[h>>6] |= 1 << (h & 63)
	}
	return f
}

// may reports whether w could be a key of the filter's set: false is
// certain, true needs the map to confirm.
func (f *wordFilter) may(w string) bool {
	h := filterBit(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// filterBit hashes a word's length and first and last bytes to a bit.
func filterBit(w string) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	if n > 0 {
		h ^= uint32(w[0]) | uint32(w[n-1])<<8
	}
	h *= 0x85EBCA6B
	return h >> (32 - 12)
}

// The filters guard the lookups that see most tokens: run's connectors,
// placeCue's cue words, suffixWithin's area words, and the month and
// adverb tests of tableRow and heldVote, made for every capitalised word.
var (
	connectorFilter  = newWordFilter(connectors)
	placeCueFilter   = newWordFilter(placeCueWords)
	geoSuffixFilter  = newWordFilter(geoSuffix)
	monthsFilter     = newWordFilter(months)
	verbAdverbFilter = newWordFilter(verbAdverbs)
	// areaNoun looks for an area word after every capitalised word
	// that opens a run.
	areaNounsAfterFilter = newWordFilter(areaNounsAfter)
	// classThen, after every capitalised run's cue, and cell, for each
	// token after a capitalised run.
	classWordsFilter = newWordFilter(classWords)
	listHeadsFilter  = newWordFilter(listHeads)
	cellWordsFilter  = newWordFilter(cellWords)
	// ownBalance asks for a balance verb after every capitalised run,
	// heldVote for its own verbs; bareTown for a preposition or article
	// before every capitalised word it is asked about.
	balanceVerbsFilter  = newWordFilter(balanceVerbs)
	heldVoteVerbsFilter = newWordFilter(heldVoteVerbs)
	notWeakFilter       = newWordFilter(notWeak)
	determinersFilter   = newWordFilter(determiners)
)
