package actor

import (
	"strings"

	"github.com/annals-project/annals/internal/wordfilter"
)

// The filters of the word lists the recogniser asks about every
// capitalised token or every token of an article: an abbreviated title,
// a creditor's word; and about the word after every country mention:
// affairWordFilter lets through the words of affairLinks, affairNouns and
// inquiryNouns.
var (
	abbrevTitleFilter = wordfilter.New(abbrevTitles)
	creditorFilter    = wordfilter.New(creditorWords)
	affairWordFilter  = func() *wordfilter.Filter {
		f := wordfilter.New(affairLinks)
		for _, set := range []map[string]bool{affairNouns, inquiryNouns} {
			for w := range set {
				f.Add(w)
			}
		}
		return f
	}()
)

// firmSuffix reports whether w, a full stop after it aside, is one of
// firmSuffixes.
func firmSuffix(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return firmSuffixSet.Has(w)
}
