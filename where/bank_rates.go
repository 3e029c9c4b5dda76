package where

import "github.com/annals-project/annals"

// Round 44 (issue 5), from reading the "U.S." extras of the ten company
// and market sets dev22.tsv to dev31.tsv: the shape that recurs (five
// articles in four sets) is a country named bare after a preposition
// before its banks' or its interest rates ("the increase in U.S. banks'
// prime rates", "a rise in U.S. interest rates"). Round 30 kept a
// country's figures after a preposition, as the earlier sets did; since
// dev23.tsv the annotators leave such figures out as modifiers. Only the
// banks' rates are taken here: dropping "in U.S. interest rates" too
// moved the last place an agent's country is read from in one Reuters
// article ("The officials said" went from the U.S. to West Germany), so
// that half waits for the event layer to weigh a place's mentions.

// banksRates reports whether the words from token e on, right after a
// country named bare, are its banks' rates: "banks' prime rates", "banks'
// prime lending rates". The country is then the modifier of the banks,
// whose rates are the phrase's head, not where anything happens, and
// countryModifier gives it no place. Only the plural is taken, the
// wire's usual form for the rates of many banks.
func banksRates(doc *annals.Doc, e, end int) bool {
	if e+1 >= end {
		return false
	}
	// A possessive "banks'" is one token or "banks" and an apostrophe.
	n := e + 1
	switch doc.Tokens[e].Norm {
	case "banks'":
	case "banks":
		if a := doc.Tokens[n].Norm; a != "'" && a != "’" {
			return false
		}
		n++
	default:
		return false
	}
	for k := n; k < end && k < n+3; k++ {
		if doc.Tokens[k].Norm == "rates" {
			return true
		}
	}
	return false
}
