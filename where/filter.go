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
func newWordFilter[V any](set map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range set {
		f.add(w)
	}
	return f
}

// add lets w through the filter.
func (f *wordFilter) add(w string) {
	h := filterBit(w)
	f[h>>6] |= 1 << (h & 63)
}

// may reports whether w could be a key of the filter's set: false is
// certain, true needs the map to confirm.
func (f *wordFilter) may(w string) bool {
	h := filterBit(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// mayBytes is may for a word held in bytes (a folded key), without
// making a string of it.
func (f *wordFilter) mayBytes(w []byte) bool {
	h := filterBitBytes(w)
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

// filterBitBytes is filterBit for a word held in bytes.
func filterBitBytes(w []byte) uint32 {
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
	// placeCue's tests of the words around a preposition ("loans to",
	// "sold ... to", "go to", "the capital, X"), asked of every cue.
	toRecipientFilter = newWordFilter(toRecipient)
	movedFormsFilter  = newWordFilter(movedForms)
	pairFirstFilter   = newWordFilter(pairFirsts)
	toPartyFilter     = newWordFilter(toParty)
	transferFilter    = newWordFilter(transferNouns)
	geoHeadsFilter    = newWordFilter(geoHeads)
	townHeadsFilter   = newWordFilter(townHeads)
	listVerbsFilter   = newWordFilter(listVerbs)
	listAdverbsFilter = newWordFilter(listAdverbs)
	// The rules of the chain for capitalised words that look at the
	// words after a name: a verb of selling, supply or trade, a figure
	// or an area word.
	sellVerbsFilter     = newWordFilter(sellVerbs)
	amountWordsFilter   = newWordFilter(amountWords)
	ownEconomyFilter    = newWordFilter(ownEconomy)
	tradeModalsFilter   = newWordFilter(tradeModals)
	supplyVerbsFilter   = newWordFilter(supplyVerbs)
	contractNounsFilter = newWordFilter(contractNouns)
	ownedFiguresFilter  = newWordFilter(ownedFigures)
	figuresOfFilter     = newWordFilter(figuresOf)
	figureAfterFilter   = newWordFilter(figureAfter)
	rowWordsFilter      = newWordFilter(rowWords)
	areaAdjFilter       = newWordFilter(areaAdj)
	appositiveFilter    = newWordFilter(appositive)
	// lookup's tests of the word after a name and of the name's key.
	compassPartFilter = newWordFilter(compassPart)
	modifieeFilter    = newWordFilter(modifiee)
	firmModFilter     = newWordFilter(firmModifiees)
	foreignJoinFilter = newWordFilter(foreignJoin)
	// The words before a cue: a part of a land, a time between a
	// departure and its "for".
	landPartFilter    = newWordFilter(landPartNouns)
	departWhenFilter  = newWordFilter(departWhen)
	departTimesFilter = newWordFilter(departTimes)
	townAbbrevFilter  = func() *wordFilter {
		f := newWordFilter(townAbbrevs)
		for _, m := range []map[string]bool{wordTownAbbrevs, ctTownAbbrevs} {
			for w := range m {
				f.add(w)
			}
		}
		return f
	}()
)

// pairFirsts are the first words of pairCues' keys.
var pairFirsts = func() map[string]bool {
	m := map[string]bool{}
	for k := range pairCues {
		m[k[0]] = true
	}
	return m
}()
