package where

import (
	"strings"

	"github.com/annals-project/annals"
)

// Round 67 (issue 5), read from the freight fixtures of dev18.tsv: a
// charter row writes its laydays against the destination as a span of
// months or a month's dates, "to Japan April-May dates", "to China April
// dates", as well as a month and its day ("to Japan April 25-May 10").
// The port or country then ends before the months, as before a day.

// monthSpan reports whether a span of months or a month's dates begins
// at token k of sentence si, written in mixed case: "April-May" (one
// token or three), "April/May", "April dates".
func monthSpan(doc *annals.Doc, si, k int) bool {
	t := &doc.Tokens[k]
	if !capital(t) || t.Flags&annals.AllCaps != 0 {
		return false
	}
	if a, b, ok := strings.Cut(t.Norm, "-"); ok {
		return months[a] && months[b]
	}
	end := doc.Sentences[si].Tokens.End
	if !(monthsFilter.May(t.Norm) && months[t.Norm]) || k+1 >= end {
		return false
	}
	n := &doc.Tokens[k+1]
	if n.Norm == "dates" {
		return true
	}
	if (n.Norm == "-" || n.Norm == "/") && n.Start == t.End && k+2 < end {
		m := &doc.Tokens[k+2]
		return m.Start == n.End && months[m.Norm]
	}
	return false
}
