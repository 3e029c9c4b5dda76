package actor

import "github.com/annals-project/annals/internal/wordtab"

// The sets of the word lists the recogniser asks about nearly every
// actor it matches, every word after a country or every token of a
// sentence: a Set answers as its map does in a fraction of the map's
// instructions (issue 2). Each list stays a map, where it reads best;
// word_sets_internal_test.go checks that each set agrees with its map.
var (
	currencySet      = wordtab.SetOf(currency)
	currencyNounSet  = wordtab.SetOf(currencyNouns)
	mediaSet         = wordtab.SetOf(mediaWords)
	stateWordSet     = wordtab.SetOf(stateWords)
	firmHeadSet      = wordtab.SetOf(firmHeads)
	firmSuffixSet    = wordtab.SetOf(firmSuffixes)
	debtWordSet      = wordtab.SetOf(debtWords)
	lenderSet        = wordtab.SetOf(lenderWords)
	mirrorSet        = wordtab.SetOf(mirrorWords)
	stateRoleSet     = wordtab.SetOf(stateRoles)
	abroadSet        = wordtab.SetOf(abroadWords)
	formerSeatSet    = wordtab.SetOf(formerSeats)
	creditorSet      = wordtab.SetOf(creditorWords)
	tradeHeadSet     = wordtab.SetOf(tradeHeads)
	tradeWordSet     = wordtab.SetOf(tradeWords)
	industrySet      = wordtab.SetOf(industryWords)
	marketingSet     = wordtab.SetOf(marketingWords)
	labourSet        = wordtab.SetOf(labourWords)
	commoditySet     = wordtab.SetOf(commodityWords)
	bodyHeadSet      = wordtab.SetOf(bodyHeads)
	orgNounSet       = wordtab.SetOf(orgNouns)
	privateBodySet   = wordtab.SetOf(privateBodies)
	congressHomeSet  = wordtab.SetOf(congressHomes)
	congressNormSet  = wordtab.SetOf(congressNorms)
	shortNameTailSet = wordtab.SetOf(shortNameTails)

	// listNounSet holds the keys of listNouns: most words are none, and
	// the set answers them before the map is asked for the role.
	listNounSet = wordtab.KeySet(listNouns)
)
