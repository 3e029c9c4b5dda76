package where

import "github.com/annals-project/annals"

// Round 88 (issue 5), read from the Reuters read sets' misses of
// countries: a country that opens a clause and trades in the present
// tense ("Sri Lanka imports all its annual needs of 1.7 mln tonnes",
// "Colombia currently produces about 360,000 barrels per day", "Japan
// imports some 12 mln tonnes", "Venezuela now imports all of its BTX
// aromatics") is the place the goods come from or go to, as it is in the
// past tense ("Brazil supplied 1,263 tonnes", supplyVerbs) and after a
// modal ("The Philippines will import 250,000 bags", tradeVerbAt): the
// conventions keep a country's output and trade as a place. The same
// words are plural nouns after a country's name ("Japan exports rose",
// "U.S. imports will account for"), so the present form is read as the
// verb only when its object follows it at once: an amount, a lead to an
// amount ("about", "some", "more than"), or a share of the country's own
// needs or output ("all its", "much of its", "only 30 pct of its").

// presentTrade are the present forms of trading that neither supplyVerbs
// nor tradeVerbAt read without a modal.
var presentTrade = map[string]bool{
	"imports": true, "exports": true, "produces": true, "ships": true, "buys": true,
	"consumes": true, "grows": true,
}

// objectLeads open the amount a present-tense trade verb takes: "imports
// about 1.2 mln tonnes", "produces around five mln bags", "imports more
// than 90 pct".
var objectLeads = map[string]bool{
	"about": true, "some": true, "around": true, "nearly": true, "almost": true,
	"roughly": true, "approximately": true, "only": true, "more": true, "less": true,
	"over": true, "up": true, "at": true, "an": true, "a": true, "estimated": true,
	"all": true, "much": true, "most": true, "half": true, "its": true,
}

// presentTradeAt reports whether token k of sentence si is one of
// presentTrade whose object starts at once: an amount, reached through
// nothing but objectLeads and "than" within maxTradeObject words ("about
// 1.2 mln tonnes", "more than 90 pct", "five mln bags"), or a share of
// the subject's own goods (ownShare).
func presentTradeAt(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	if k+1 >= end || !presentTrade[doc.Tokens[k].Norm] {
		return false
	}
	if ownShare(doc, si, k+1) {
		return true
	}
	for n := k + 1; n < end && n <= k+maxTradeObject; n++ {
		w := &doc.Tokens[n]
		switch {
		case w.Flags&annals.Digit != 0 || amountWords[w.Norm] || tradeObjects[w.Norm]:
			return true
		case objectLeads[w.Norm] || w.Norm == "than" || numberWords[w.Norm]:
		default:
			return false
		}
	}
	return false
}

// ownShare reports whether the words from token n of sentence si are a
// share of the subject's own goods: "all its annual needs", "all of its
// BTX aromatics", "much of its high-grade beef".
func ownShare(doc *annals.Doc, si, n int) bool {
	end := doc.Sentences[si].Tokens.End
	switch doc.Tokens[n].Norm {
	case "all", "much", "most", "half":
	default:
		return false
	}
	n++
	if n < end && doc.Tokens[n].Norm == "of" {
		n++
	}
	return n+1 < end && doc.Tokens[n].Norm == "its" && word(&doc.Tokens[n+1])
}
