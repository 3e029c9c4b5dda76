package where

import "github.com/annals-project/annals"

// Round 35 (issue 5), read from dev18.tsv and dev19.tsv: a country that
// opens a clause as a supplier, buyer or producer of goods, by its verb
// ("Brazil supplied 1,263 tonnes", "The Philippines will import 250,000
// bags") or by its rank in a trade ("The U.S. was the largest supplier",
// "Peru, the second biggest producer of the precious metal").

// supplyVerbs are the past and present forms of trading that
// tradeVerbAt does not read, which need no modal before them.
var supplyVerbs = map[string]bool{
	"supplied": true, "supplies": true, "exported": true, "imported": true,
	"sold": true, "sells": true, "produced": true,
	// "Ecuador pumped 245,000 to 250,000 bpd": an oil producer's output,
	// as "was pumping" (tradingVerbs) is.
	"pumped": true, "pumps": true,
}

// tradeRoles are the nouns of a party's place in a trade: a country that
// is "the largest supplier" or "a major importer" is the place the goods
// come from or go to. A buyer or customer ranked in a sales report
// ("Mexico was the dominant buyer") is a party acting, and left out.
var tradeRoles = map[string]bool{
	"supplier": true, "suppliers": true, "importer": true, "importers": true,
	"exporter": true, "exporters": true, "producer": true, "producers": true,
	"grower": true, "growers": true, "seller": true, "sellers": true,
	// "Sri Lanka was the most active wheat destination": a destination
	// is where goods go, never a party to the sale (round 90).
	"destination": true, "destinations": true,
}

// maxRoleWords is the most words between the article and the role noun
// ("the world's second biggest producer").
const maxRoleWords = 4

// supplierSubject recognises, with no cue before it, a country that opens
// a clause, with its article or without ("The Philippines will import
// 250,000 bags", "Brazil supplied 1,263 tonnes"), and trades an amount,
// or whose copula or apposition gives it a rank in a trade ("The U.S.
// was the largest supplier", "Peru, the second biggest producer"). It
// appends the span and returns the end of the name.
func (r *Recognizer) supplierSubject(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	k, ok := r.clauseSubjectEnd(doc, si, i)
	if !ok || !r.supplies(doc, si, k) && !tradeRank(doc, si, k) {
		return 0, false
	}
	return r.countryRun(doc, si, i, k, src, buf, spans)
}

// clauseSubjectEnd returns the end of the capitalised run at token i of
// sentence si when the run opens a clause, with its article or without,
// outside a headline: the subject that supplierSubject and
// afflictedSubject read the verb after.
func (r *Recognizer) clauseSubjectEnd(doc *annals.Doc, si, i int) (int, bool) {
	t := &doc.Tokens[i]
	if !capital(t) || doc.Sentences[si].Title || t.Norm == "the" || !opensClauseThe(doc, si, i) {
		return 0, false
	}
	return r.runEnd(doc, si, i), true
}

// supplies reports whether the words from token k of sentence si are a
// verb of trading with an amount as its object: tradeVerbAt's forms
// ("will import", "is expected to export") or one of supplyVerbs.
func (r *Recognizer) supplies(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	// "relied on exports for", "earned 488 mln dlrs from"
	// (subordinate_subjects.go).
	if reliesOnTrade(doc, si, k) {
		return true
	}
	v := r.tradeVerbAt(doc, si, k)
	if v < 0 {
		for a := 0; a < 2 && k < end && verbAdverbFilter.May(doc.Tokens[k].Norm) && verbAdverbs[doc.Tokens[k].Norm]; a++ {
			k++
		}
		if k < end && presentTradeAt(doc, si, k) {
			return true
		}
		if k >= end || !supplyVerbsFilter.May(doc.Tokens[k].Norm) || !supplyVerbs[doc.Tokens[k].Norm] {
			return false
		}
		v = k
	}
	return tradeObject(doc, si, v)
}

// tradeRank reports whether the words from token k of sentence si give
// the subject a rank in a trade: a copula or a comma, an article, at most
// maxRoleWords modifiers and one of tradeRoles ("was the largest
// supplier", ", the second biggest producer", "is a major importer").
func tradeRank(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	if k >= end {
		return false
	}
	switch doc.Tokens[k].Norm {
	case "is", "was", "are", "were", ",", "remains", "remained", "became":
	default:
		return false
	}
	k++
	if k >= end {
		return false
	}
	switch doc.Tokens[k].Norm {
	case "the", "a", "an":
	default:
		return false
	}
	for n := k + 1; n < end && n <= k+1+maxRoleWords; n++ {
		w := &doc.Tokens[n]
		if tradeRolesFilter.May(w.Norm) && tradeRoles[w.Norm] {
			return true
		}
		if !word(w) && w.Norm != "'s" {
			return false
		}
	}
	return false
}
