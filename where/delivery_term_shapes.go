package where

import "github.com/annals-project/annals"

// Round 67 (issue 5), read from the price reports of the Reuters read
// sets: the port a price is quoted at is a place however the delivery
// term is written, and the gold annotates it in every shape but the
// headline's. Reports write the term in capitals ("FOB Omaha", "CIF
// L.A."), put "basis" between it and the port ("FOB basis Bangkok"),
// and quote metals "in warehouse Rotterdam".

// ledTerms are the delivery words that name a port only after the word
// that leads them: "basis" after a term ("FOB basis Bangkok", but "basis
// May" is a futures month and "basis Liverpool" alone is annotated
// unevenly), "warehouse" after "in" ("in warehouse Rotterdam", but "the
// warehouse Tuesday").
var ledTerms = map[string]string{"basis": "", "warehouse": "in"}

// termLed reports whether the delivery word at token i of sentence si,
// one of ledTerms, follows the word that leads it: "in" for
// "warehouse", any delivery term for "basis".
func termLed(doc *annals.Doc, si, i int) bool {
	lead, ok := ledTerms[doc.Tokens[i].Norm]
	if !ok {
		return true
	}
	if i == doc.Sentences[si].Tokens.Start {
		return false
	}
	p := doc.Tokens[i-1].Norm
	if lead == "" {
		return deliveryTerms[p] && ledTerms[p] == "" && p != "basis"
	}
	return p == lead
}

// shoutedTerm reports whether the delivery term at token i of sentence
// si, written in capitals, is a report's ("FOB Omaha", "FOB OMAHA
// BASIS", "CIF L.A.") rather than a shouted headline's, which the
// headline rules read.
func shoutedTerm(doc *annals.Doc, si, i int) bool {
	return !doc.Sentences[si].Title && deliveryTerms[doc.Tokens[i].Norm] && ledTerms[doc.Tokens[i].Norm] == ""
}
