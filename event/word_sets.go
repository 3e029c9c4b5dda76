package event

import "github.com/annals-project/annals/internal/wordtab"

// The sets of the word lists the coder asks about nearly every mention,
// verb group or token of a window: a Set answers as its map does in a
// fraction of the map's instructions (issue 2). Each list stays a map,
// where it reads best; word_sets_internal_test.go checks that each set
// agrees with its map.
var (
	paperSet           = wordtab.SetOf(paperWords)
	thingSet           = wordtab.SetOf(thingNouns)
	sayVerbSet         = wordtab.SetOf(sayVerbs)
	conditionSet       = wordtab.SetOf(conditionSpeech)
	tradeVerbSet       = wordtab.SetOf(tradeVerbs)
	meetingSet         = wordtab.SetOf(meetingNouns)
	prospectSet        = wordtab.SetOf(prospectWords)
	copulaSet          = wordtab.SetOf(copulas)
	dashSet            = wordtab.SetOf(dashes)
	settledTogetherSet = wordtab.SetOf(settledTogether)
)
