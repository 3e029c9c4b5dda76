package entity

import "github.com/annals-project/annals/internal/wordfilter"

// The filters of the word lists that pattern names asks about every
// capitalised token: most are in none of them, and a filter answers
// those without hashing the word for the map (issue 2).
var (
	titleHeadFilter = wordfilter.New(titleHeads)
	notNameFilter   = wordfilter.New(notNames)
	thingHeadFilter = wordfilter.New(thingHeads)
	orgWordFilter   = wordfilter.New(orgWords)
)

// notName reports whether w is one of notNames: a calendar or function
// word that is no part of a person's name.
func notName(w string) bool { return notNameFilter.May(w) && notNames[w] }

// thingHead reports whether w is one of thingHeads.
func thingHead(w string) bool { return thingHeadFilter.May(w) && thingHeads[w] }

// orgWord reports whether w is one of orgWords.
func orgWord(w string) bool { return orgWordFilter.May(w) && orgWords[w] }
