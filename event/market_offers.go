package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// amountListComma reports whether the comma at token j sits inside the
// amount or the maturities of a market issue rather than closing the
// object: "in 30, 91 and 180-day paper" (a number on both sides), "a 1.2
// billion dlr, four-part bond issue" (an amount before, a modifier after).
// securitiesOffered scans past such commas to the security noun; a comma
// before a verb, "to" or a determiner still ends the object ("offered 50
// mln dlrs, the ministry said").
func (sc *sentCtx) amountListComma(j int) bool {
	toks := sc.doc.Tokens
	if j <= sc.start || j+1 >= sc.end || toks[j].Tag != annals.COMMA {
		return false
	}
	prev, next := &toks[j-1], &toks[j+1]
	switch {
	case prev.Tag == annals.CD && next.Tag == annals.CD:
		return true // "30, 91 and 180-day"
	case (prev.Tag == annals.CD || prev.Tag.IsNoun()) && strings.Contains(next.Norm, "-") && (next.Tag == annals.JJ || next.Tag == annals.CD || next.Tag.IsNoun()):
		return true // "1.2 billion dlr, four-part bond issue"
	}
	return false
}

// termAgreement reports whether the noun at token j is "agreement(s)"
// after a term ("91-day agreements", "180-day agreements"): repurchase
// agreements a central bank offers to banks in the money market, not an
// accord between parties.
func (sc *sentCtx) termAgreement(j int) bool {
	toks := sc.doc.Tokens
	if j <= sc.start || lemma(&toks[j]) != "agreement" {
		return false
	}
	p := toks[j-1].Norm
	return strings.HasSuffix(p, "-day") || strings.HasSuffix(p, "-week") || strings.HasSuffix(p, "-month")
}
