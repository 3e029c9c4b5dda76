package entity

import "github.com/annals-project/annals/internal/wordtab"

// The sets of the word lists that pattern names asks about every
// capitalised token: a Set answers as its map does in a fraction of the
// map's instructions, most words without a probe (issue 2). Each list
// stays a map, where it reads best; word_filters_internal_test.go checks
// that each set agrees with its map.
var (
	titleHeadSet   = wordtab.SetOf(titleHeads)
	notNameSet     = wordtab.SetOf(notNames)
	thingHeadSet   = wordtab.SetOf(thingHeads)
	orgWordSet     = wordtab.SetOf(orgWords)
	calendarSet    = wordtab.SetOf(calendar)
	partyLabelSet  = wordtab.SetOf(partyLabels)
	officeFieldSet = wordtab.SetOf(officeFields)
)

// notName reports whether w is one of notNames: a calendar or function
// word that is no part of a person's name.
func notName(w string) bool { return notNameSet.Has(w) }

// thingHead reports whether w is one of thingHeads.
func thingHead(w string) bool { return thingHeadSet.Has(w) }

// orgWord reports whether w is one of orgWords.
func orgWord(w string) bool { return orgWordSet.Has(w) }
