package where

import "github.com/annals-project/annals/internal/wordfilter"

// The filters guard the lookups that see most tokens: run's connectors,
// placeCue's cue words, suffixWithin's area words, and the month and
// adverb tests of tableRow and heldVote, made for every capitalised word.
var (
	connectorFilter  = wordfilter.New(connectors)
	placeCueFilter   = wordfilter.New(placeCueWords)
	geoSuffixFilter  = wordfilter.New(geoSuffix)
	monthsFilter     = wordfilter.New(months)
	verbAdverbFilter = wordfilter.New(verbAdverbs)
	// areaNoun looks for an area word after every capitalised word
	// that opens a run.
	areaNounsAfterFilter = wordfilter.New(areaNounsAfter)
	// classThen, after every capitalised run's cue, and cell, for each
	// token after a capitalised run.
	classWordsFilter = wordfilter.New(classWords)
	listHeadsFilter  = wordfilter.New(listHeads)
	cellWordsFilter  = wordfilter.New(cellWords)
	// ownBalance asks for a balance verb after every capitalised run,
	// heldVote for its own verbs; bareTown for a preposition or article
	// before every capitalised word it is asked about.
	balanceVerbsFilter  = wordfilter.New(balanceVerbs)
	heldVoteVerbsFilter = wordfilter.New(heldVoteVerbs)
	notWeakFilter       = wordfilter.New(notWeak)
	determinersFilter   = wordfilter.New(determiners)
	// placeCue's tests of the words around a preposition ("loans to",
	// "sold ... to", "go to", "the capital, X"), asked of every cue.
	toRecipientFilter = wordfilter.New(toRecipient)
	movedFormsFilter  = wordfilter.New(movedForms)
	pairFirstFilter   = wordfilter.New(pairFirsts)
	toPartyFilter     = wordfilter.New(toParty)
	transferFilter    = wordfilter.New(transferNouns)
	geoHeadsFilter    = wordfilter.New(geoHeads)
	townHeadsFilter   = wordfilter.New(townHeads)
	listVerbsFilter   = wordfilter.New(listVerbs)
	listAdverbsFilter = wordfilter.New(listAdverbs)
	// The rules of the chain for capitalised words that look at the
	// words after a name: a verb of selling, supply or trade, a figure
	// or an area word.
	sellVerbsFilter     = wordfilter.New(sellVerbs)
	amountWordsFilter   = wordfilter.New(amountWords)
	ownEconomyFilter    = wordfilter.New(ownEconomy)
	tradeModalsFilter   = wordfilter.New(tradeModals)
	supplyVerbsFilter   = wordfilter.New(supplyVerbs)
	contractNounsFilter = wordfilter.New(contractNouns)
	ownedFiguresFilter  = wordfilter.New(ownedFigures)
	figuresOfFilter     = wordfilter.New(figuresOf)
	figureAfterFilter   = wordfilter.New(figureAfter)
	rowWordsFilter      = wordfilter.New(rowWords)
	areaAdjFilter       = wordfilter.New(areaAdj)
	appositiveFilter    = wordfilter.New(appositive)
	// lookup's tests of the word after a name and of the name's key.
	compassPartFilter = wordfilter.New(compassPart)
	modifieeFilter    = wordfilter.New(modifiee)
	firmModFilter     = wordfilter.New(firmModifiees)
	foreignJoinFilter = wordfilter.New(foreignJoin)
	// The words before a cue: a part of a land, a time between a
	// departure and its "for".
	landPartFilter    = wordfilter.New(landPartNouns)
	departWhenFilter  = wordfilter.New(departWhen)
	departTimesFilter = wordfilter.New(departTimes)
	// The words around a cue or a name that placeCue, goodsFor,
	// countyListEnd, compassNarrows, ownFigure, surnames, gatheringAfter
	// and bareTown look up for every token of a kind, most in no set.
	salesChangesFilter    = wordfilter.New(salesChanges)
	fromPartyFilter       = wordfilter.New(fromParty)
	forGoalFilter         = wordfilter.New(forGoal)
	goodsUnitsFilter      = wordfilter.New(goodsUnits)
	cargoWordsFilter      = wordfilter.New(cargoWords)
	countyPluralsFilter   = wordfilter.New(countyPlurals)
	compassWordsFilter    = wordfilter.New(compassWords)
	figureNounsFilter     = wordfilter.New(figureNouns)
	ownedAfterFilter      = wordfilter.New(ownedAfter)
	figuresAfterFilter    = wordfilter.New(figuresAfter)
	namePrefixFilter      = wordfilter.New(namePrefix)
	gatheringsFilter      = wordfilter.New(gatherings)
	gatheringTopicsFilter = wordfilter.New(gatheringTopics)
	institutionsFilter    = wordfilter.New(institutions)
	// The words before a cue that figureFor, departedFor, rankAfter and
	// tradeBy look back over, and those after a name tradeVerbAt and
	// caughtFigure look at.
	licenceForFilter      = wordfilter.New(licenceFor)
	figureForNounsFilter  = wordfilter.New(figureForNouns)
	tradeAgentWordsFilter = wordfilter.New(tradeAgentWords)
	departVerbsFilter     = wordfilter.New(departVerbs)
	rankWordsFilter       = wordfilter.New(rankWords)
	expectWordsFilter     = wordfilter.New(expectWords)
	tradeVerbsFilter      = wordfilter.New(tradeVerbs)
	caughtAfterFilter     = wordfilter.New(caughtAfter)
	// Sets that the rules after a cue or a capitalised name (the clause
	// and figure tests, the charter legs, market cues, area words) and
	// resolve's test of every place's key look up, nearly always in
	// vain: after those above, the lookups that cost most in the
	// profile of the pipeline's benchmark.
	timeNounsFilter         = wordfilter.New(timeNouns)
	clauseJoinsFilter       = wordfilter.New(clauseJoins)
	tradeFiguresFilter      = wordfilter.New(tradeFigures)
	charterVerbsFilter      = wordfilter.New(charterVerbs)
	moreOwnFiguresFilter    = wordfilter.New(moreOwnFigures)
	areaAfterSuffixesFilter = wordfilter.New(areaAfterSuffixes)
	narrowingWordsFilter    = wordfilter.New(narrowingWords)
	notPlacesFilter         = wordfilter.New(notPlaces)
	commonWordsFilter       = wordfilter.New(commonWords)
	continentsFilter        = wordfilter.New(continents)
	lawHeadsFilter          = wordfilter.New(lawHeads)
	motionVerbsFilter       = wordfilter.New(motionVerbs)
	groupNumbersFilter      = wordfilter.New(groupNumbers)
	areaWordsFilter         = wordfilter.New(areaWords)
	marketCuesFilter        = wordfilter.New(marketCues)
	cityMarketCuesFilter    = wordfilter.New(cityMarketCues)
	breakdownUnitsFilter    = wordfilter.New(breakdownUnits)
	byMotionFilter          = wordfilter.New(byMotion)
	tradeRolesFilter        = wordfilter.New(tradeRoles)
	firmSeatEndsFilter      = func() *wordfilter.Filter {
		f := wordfilter.New(firmEnds)
		for w := range seatEnds {
			f.Add(w)
		}
		return f
	}()
	resourcesFilter = func() *wordfilter.Filter {
		f := wordfilter.New(resourceNouns)
		for w := range resourcesAfter {
			f.Add(w)
		}
		return f
	}()
	townAbbrevFilter = func() *wordfilter.Filter {
		f := wordfilter.New(townAbbrevs)
		for _, m := range []map[string]bool{wordTownAbbrevs, ctTownAbbrevs} {
			for w := range m {
				f.Add(w)
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
