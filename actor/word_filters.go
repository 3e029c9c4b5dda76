package actor

import (
	"strings"

	"github.com/annals-project/annals/internal/wordfilter"
)

// The filters of the word lists the recogniser asks about every
// capitalised token or every token of an article: an abbreviated title,
// a creditor's word.
var (
	abbrevTitleFilter = wordfilter.New(abbrevTitles)
	creditorFilter    = wordfilter.New(creditorWords)
)

// firmSuffix reports whether w, a full stop after it aside, is one of
// firmSuffixes.
func firmSuffix(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return firmSuffixSet.Has(w)
}
