package where

import annals "github.com/annals-project/annals"

// Round 93 (issue 5), read from the Reuters read sets' misses of
// countries held as parties: a country whose verb of having or reaching
// takes an economic figure that is measured on the spot ("North Korea
// achieved annual output of 10 mln tonnes of grain", "Peru had enjoyed
// growth in gross domestic product (GDP) last year of nine pct", "South
// Africa this year is targeting inflation-adjusted growth in GDP of three
// pct") owns that figure, as it owns "its economy" (ownEconomyVerb): a
// figure the subject has, achieves or targets, given its size or its
// measure, can be no one else's, and the read sets keep a country's
// output and growth as its place. Other verbs ("Japan criticised growth
// of two pct") take someone else's figure and stay out, as does a figure
// another name modifies ("U.S. output of 10 mln"). Balances are left
// to balanceSubject.

// haveVerbs are the verbs and auxiliaries of having, reaching or aiming
// at a figure.
var haveVerbs = map[string]bool{
	"achieved": true, "achieves": true, "achieve": true, "enjoyed": true, "enjoys": true,
	"enjoy": true, "had": true, "has": true, "have": true, "attained": true,
	"targeting": true, "targets": true, "targeted": true, "is": true, "was": true,
	"will": true, "would": true, "recorded": true, "posted": true,
}

// measuredOwnFigure reports whether the noun of ownEconomy at token n of
// sentence si, the object of the verb at token v, is measured where it
// stands ("output of 10 mln tonnes", "growth in GDP", "growth in gross
// domestic product") and the words from v to it are verbs of haveVerbs
// and lower-case modifiers: then the figure is the subject's own.
func measuredOwnFigure(doc *annals.Doc, si, v, n int) bool {
	end := doc.Sentences[si].Tokens.End
	// A balance is read by balanceSubject and its verbs
	// (balance_subjects.go), which name it from the name alone.
	if !haveVerbs[doc.Tokens[v].Norm] || n+2 >= end || balanceNouns[doc.Tokens[n].Norm] {
		return false
	}
	for b := v + 1; b < n; b++ {
		w := &doc.Tokens[b]
		if capital(w) || w.Tag == annals.PRPS || w.Tag == annals.IN || w.Tag == annals.DT && w.Norm != "a" && w.Norm != "an" {
			return false
		}
		if w.Tag.IsVerb() && !haveVerbs[w.Norm] && w.Tag != annals.VBN && w.Tag != annals.JJ {
			return false
		}
	}
	next, after := doc.Tokens[n+1].Norm, &doc.Tokens[n+2]
	switch next {
	case "of":
		return after.Flags&annals.Digit != 0 || after.Tag == annals.CD
	case "in":
		return after.Norm == "gdp" || after.Norm == "gnp" || after.Norm == "gross"
	}
	return false
}
