package where

import annals "github.com/annals-project/annals"

// Round 64 (issue 5), read from the country misses after a possessive in
// the read sets dev3 to dev38: a country's foreign debt and its export
// earnings are levels measured in its economy, as its reserves and its
// trade surplus are, and the gold marks the country a place where one
// heads the possessive's phrase ("Peru's total foreign debt stood at",
// "Uganda's export earnings", "Colombia's coffee export registrations"):
// 11 articles of the read sets, none left out by the gold. A debt
// without "foreign", "external" or "public" before it stays the actor's
// ("Brazil's debt stance", "Nigeria's debt to commercial banks", "Mexico's
// new debt package"): the gold leaves such a country out in 12 read-set
// articles and misses it in none. So does a debt being dealt with
// (debtDeals); ownFigure's check that the figure heads its phrase keeps
// "Peru's hard-line foreign debt stance" out.

// tradeFigures are the figures of a country's external accounts that a
// word before them makes: the debt it owes abroad, what its exports earn
// or have left to sell.
var tradeFigures = map[string]map[string]bool{
	"debt":          {"foreign": true, "external": true, "public": true},
	"earnings":      {"export": true, "currency": true},
	"receipts":      {"export": true},
	"revenues":      {"export": true},
	"availability":  {"export": true},
	"registrations": {"export": true},
}

// headsTradeFigure reports whether token n, after token n-1, is one of
// tradeFigures: "foreign debt", "export earnings".
func headsTradeFigure(doc *annals.Doc, n int) bool {
	return n > 0 && tradeFiguresFilter.May(doc.Tokens[n].Norm) && tradeFigures[doc.Tokens[n].Norm][doc.Tokens[n-1].Norm]
}

// exportVerbNoun reports whether token n is "export" or "import" that a
// tagger read as a verb before a figure it qualifies ("Uganda's export
// earnings", "Colombia's coffee export registrations"), so that
// ownFigure reads on to the figure.
func exportVerbNoun(doc *annals.Doc, si, n int) bool {
	w := &doc.Tokens[n]
	if n+1 >= doc.Sentences[si].Tokens.End || w.Norm != "export" && w.Norm != "import" || capital(w) {
		return false
	}
	return headsTradeFigure(doc, n+1) || figuresAfter[doc.Tokens[n+1].Norm][w.Norm]
}

// debtDeals are the words of dealing with a debt: a debt that they take
// is the debtor's business with its creditors, an actor's, not a level
// measured ("renegotiating Brazil's 109 billion dollar foreign debt",
// "the rescheduling of the Philippines' foreign debt", "a refinancing of
// part of Nigeria's foreign debt", "interest payments on part of Brazil's
// foreign debt", "repayment terms for Argentina's foreign debt"), as the
// read sets' gold leaves it in 3 articles of 4.
var debtDeals = map[string]bool{
	"renegotiate": true, "renegotiating": true, "renegotiation": true,
	"reschedule": true, "rescheduling": true, "restructure": true, "restructuring": true,
	"refinance": true, "refinancing": true, "negotiate": true, "negotiating": true,
	"negotiation": true, "negotiations": true,
	"service": true, "servicing": true, "repay": true, "repaying": true,
	"repayment": true, "repayments": true, "payment": true, "payments": true,
	"moratorium": true, "stabilise": true, "stabilize": true, "solution": true,
}

// maxDealGap is the most words dealtDebt reads back from the country to
// a word of debtDeals: "a moratorium on most repayments of 13 billion
// dlrs of South Africa's foreign debt".
const maxDealGap = 8

// dealtDebt reports whether the figure at head, after the country at
// token i of sentence si, is a debt that one of debtDeals takes within
// maxDealGap words before the country, reading back over amounts, "of",
// "on", "for" and shares ("part of", "two-thirds of") but not past a
// verb or a clause's punctuation, which start what the debt's phrase is
// not part of ("creditors hold two-thirds of Ecuador's foreign debt").
func dealtDebt(doc *annals.Doc, si, i, head int) bool {
	if doc.Tokens[head].Norm != "debt" {
		return false
	}
	start := doc.Sentences[si].Tokens.Start
	for j := i - 1; j >= start && j >= i-maxDealGap; j-- {
		t := &doc.Tokens[j]
		if debtDeals[t.Norm] {
			return true
		}
		if !word(t) && t.Flags&annals.Digit == 0 || t.Tag >= annals.VB && t.Tag <= annals.MD {
			return false
		}
	}
	return false
}
