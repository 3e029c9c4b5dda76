package where

import (
	"testing"

	"github.com/annals-project/annals/internal/wordfilter"
)

// TestWordFilter checks that a filter never rejects a key of its set and
// rejects most other words, so the guard it makes is both safe and useful.
func TestWordFilter(t *testing.T) {
	guards := map[string]struct {
		set    map[string]bool
		filter *wordfilter.Filter
	}{
		"connectors":        {connectors, connectorFilter},
		"placeCueWords":     {placeCueWords, placeCueFilter},
		"geoSuffix":         {geoSuffix, geoSuffixFilter},
		"months":            {months, monthsFilter},
		"verbAdverbs":       {verbAdverbs, verbAdverbFilter},
		"notWeak":           {notWeak, notWeakFilter},
		"toRecipient":       {toRecipient, toRecipientFilter},
		"movedForms":        {movedForms, movedFormsFilter},
		"pairFirsts":        {pairFirsts, pairFirstFilter},
		"toParty":           {toParty, toPartyFilter},
		"transferNouns":     {transferNouns, transferFilter},
		"geoHeads":          {geoHeads, geoHeadsFilter},
		"townHeads":         {townHeads, townHeadsFilter},
		"listVerbs":         {listVerbs, listVerbsFilter},
		"listAdverbs":       {listAdverbs, listAdverbsFilter},
		"sellVerbs":         {sellVerbs, sellVerbsFilter},
		"amountWords":       {amountWords, amountWordsFilter},
		"ownEconomy":        {ownEconomy, ownEconomyFilter},
		"tradeModals":       {tradeModals, tradeModalsFilter},
		"supplyVerbs":       {supplyVerbs, supplyVerbsFilter},
		"contractNouns":     {contractNouns, contractNounsFilter},
		"ownedFigures":      {ownedFigures, ownedFiguresFilter},
		"figuresOf":         {figuresOf, figuresOfFilter},
		"figureAfter":       {keySet(figureAfter), figureAfterFilter},
		"rowWords":          {rowWords, rowWordsFilter},
		"areaAdj":           {areaAdj, areaAdjFilter},
		"appositive":        {appositive, appositiveFilter},
		"compassPart":       {compassPart, compassPartFilter},
		"modifiee":          {modifiee, modifieeFilter},
		"firmModifiees":     {firmModifiees, firmModFilter},
		"foreignJoin":       {foreignJoin, foreignJoinFilter},
		"landPartNouns":     {landPartNouns, landPartFilter},
		"departWhen":        {departWhen, departWhenFilter},
		"departTimes":       {departTimes, departTimesFilter},
		"townAbbrevs":       {townAbbrevs, townAbbrevFilter},
		"wordTownAbbrevs":   {wordTownAbbrevs, townAbbrevFilter},
		"ctTownAbbrevs":     {ctTownAbbrevs, townAbbrevFilter},
		"cues":              {keySet(cues), placeCueFilter},
		"salesChanges":      {salesChanges, salesChangesFilter},
		"fromParty":         {fromParty, fromPartyFilter},
		"forGoal":           {forGoal, forGoalFilter},
		"goodsUnits":        {goodsUnits, goodsUnitsFilter},
		"cargoWords":        {cargoWords, cargoWordsFilter},
		"countyPlurals":     {countyPlurals, countyPluralsFilter},
		"compassWords":      {compassWords, compassWordsFilter},
		"figureNouns":       {figureNouns, figureNounsFilter},
		"ownedAfter":        {keySet(ownedAfter), ownedAfterFilter},
		"figuresAfter":      {keySet(figuresAfter), figuresAfterFilter},
		"namePrefix":        {namePrefix, namePrefixFilter},
		"gatherings":        {gatherings, gatheringsFilter},
		"gatheringTopics":   {gatheringTopics, gatheringTopicsFilter},
		"institutions":      {institutions, institutionsFilter},
		"licenceFor":        {licenceFor, licenceForFilter},
		"figureForNouns":    {figureForNouns, figureForNounsFilter},
		"tradeAgentWords":   {tradeAgentWords, tradeAgentWordsFilter},
		"departVerbs":       {departVerbs, departVerbsFilter},
		"rankWords":         {rankWords, rankWordsFilter},
		"expectWords":       {expectWords, expectWordsFilter},
		"tradeVerbs":        {tradeVerbs, tradeVerbsFilter},
		"caughtAfter":       {keySet(caughtAfter), caughtAfterFilter},
		"timeNouns":         {timeNouns, timeNounsFilter},
		"clauseJoins":       {clauseJoins, clauseJoinsFilter},
		"tradeFigures":      {keySet(tradeFigures), tradeFiguresFilter},
		"charterVerbs":      {charterVerbs, charterVerbsFilter},
		"moreOwnFigures":    {moreOwnFigures, moreOwnFiguresFilter},
		"areaAfterSuffixes": {keySet(areaAfterSuffixes), areaAfterSuffixesFilter},
		"narrowingWords":    {narrowingWords, narrowingWordsFilter},
		"notPlaces":         {notPlaces, notPlacesFilter},
		"commonWords":       {commonWords, commonWordsFilter},
		"continents":        {continents, continentsFilter},
		"resourceNouns":     {resourceNouns, resourcesFilter},
		"resourcesAfter":    {keySet(resourcesAfter), resourcesFilter},
		"lawHeads":          {lawHeads, lawHeadsFilter},
		"motionVerbs":       {motionVerbs, motionVerbsFilter},
		"groupNumbers":      {groupNumbers, groupNumbersFilter},
		"areaWords":         {areaWords, areaWordsFilter},
		"marketCues":        {marketCues, marketCuesFilter},
		"cityMarketCues":    {cityMarketCues, cityMarketCuesFilter},
		"breakdownUnits":    {breakdownUnits, breakdownUnitsFilter},
		"byMotion":          {byMotion, byMotionFilter},
		"tradeRoles":        {tradeRoles, tradeRolesFilter},
		"firmEnds":          {firmEnds, firmSeatEndsFilter},
		"seatEnds":          {seatEnds, firmSeatEndsFilter},
	}
	for name, g := range guards {
		for w := range g.set {
			if !g.filter.May(w) {
				t.Errorf("%s: filter rejects its key %q", name, w)
			}
			if !g.filter.MayBytes([]byte(w)) {
				t.Errorf("%s: mayBytes rejects its key %q", name, w)
			}
		}
	}
	// Every first word of a pair cue passes pairFirsts' filter.
	for k := range pairCues {
		if !pairFirstFilter.May(k[0]) {
			t.Errorf("pairCues: filter rejects the first word of %q", k)
		}
	}
	f := wordfilter.New(map[string]bool{"of": true, "the": true})
	tests := []struct {
		w    string
		want bool
	}{{"of", true}, {"the", true}, {"", false}, {"government", false}, {"said", false}}
	for _, tc := range tests {
		if got := f.May(tc.w); got != tc.want {
			t.Errorf("may(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// keySet returns the keys of m as a set.
func keySet[V any](m map[string]V) map[string]bool {
	s := make(map[string]bool, len(m))
	for k := range m {
		s[k] = true
	}
	return s
}
