package where

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// Issue 5, read from the read sets' misses of countries read as parties:
// a country's possessive before a count of what it holds ("India's 50
// mln Tamils", "Yugoslavia's 174 commercial banks", "Brazil's 700,000
// bank workers", "Spain's six car manufacturers") measures the land, as
// "China has 521 sugar mills" does: a statistic of a place, so a place.
// ownFigure reads a country's possessive before an economic figure by
// the figure's noun; a count makes a figure of any plural it counts. A
// count of the country's counterparts or agents ("Brazil's 700
// creditors", "Iraq's 500,000 troops") stays a party's, as does a
// ranking, which the conventions read as an affiliation ("Austria's two
// largest banks"). A sum of money is left to ownFigure, which reads it by
// the figure it heads ("Australia's 80 billion dlr foreign debt" against
// "Mexico's 7.7 billion dlr loan package"), and a year or a fraction is
// no count ("Japan's 1987/88 budget").

// countLeads may stand between the possessive and its count: "Haiti's
// estimated 1.2 mln pigs", "Brazil's nearly 700,000 bank workers".
var countLeads = map[string]bool{
	"about": true, "some": true, "around": true, "nearly": true, "almost": true,
	"estimated": true, "roughly": true, "approximately": true, "over": true,
}

// countScales multiply a count: "50 mln Tamils".
var countScales = map[string]bool{
	"mln": true, "million": true, "millions": true, "billion": true, "bln": true,
	"thousand": true,
}

// sumWords make the count a sum of money or a share, not a count of
// what the land holds: "Brazil's 68 billion dlr commercial debt".
var sumWords = map[string]bool{
	"dlr": true, "dlrs": true, "dollar": true, "dollars": true, "stg": true, "yen": true,
	"pct": true, "percent": true, "marks": true, "francs": true, "rand": true,
	"pesos": true, "lire": true, "crowns": true, "pounds": true, "ecus": true,
	"cruzados": true, "australs": true, "rupees": true, "guilders": true,
}

// counterpartNouns are what a country counts among its parties rather
// than in its land: its creditors, allies and agents, and times.
var counterpartNouns = map[string]bool{
	"creditors": true, "creditor": true, "lenders": true, "debtors": true, "partners": true,
	"allies": true, "members": true, "officials": true, "ministers": true, "leaders": true,
	"governors": true, "negotiators": true, "diplomats": true, "delegates": true,
	"envoys": true, "representatives": true, "troops": true, "soldiers": true,
	"forces": true, "divisions": true, "warships": true, "embassies": true,
	"customers": true, "clients": true, "buyers": true, "suppliers": true,
	"competitors": true, "rivals": true, "neighbours": true, "neighbors": true,
	"shareholders": true, "holders": true, "bondholders": true, "governments": true,
	"authorities": true, "agencies": true, "ministries": true, "demands": true,
	"proposals": true, "conditions": true, "options": true, "votes": true,
	"years": true, "months": true, "weeks": true, "days": true, "hours": true,
	"times": true, "points": true, "loans": true, "bonds": true, "notes": true,
	// Who gives to it, where it sells, and its parties: "the
	// Philippines' 12 bilateral aid donors", "Australia's four major
	// markets, the U.S., Japan", "Britain's two largest parties".
	"donors": true, "donor": true, "nations": true, "countries": true, "markets": true,
	"parties": true,
	// Its bodies and the state's own firms, affiliations as its unions
	// and ruling party are: "West Germany's four banking associations",
	// "Indonesia's 215 state-run companies".
	"associations": true, "unions": true, "federations": true, "confederations": true,
	"groups": true, "organisations": true, "organizations": true, "councils": true,
	"committees": true, "state-run": true, "state-owned": true, "government-owned": true,
}

// countRanks make the count a ranking that affiliates what it counts
// with the country, which the conventions leave out ("Yugoslavia's third
// largest bank", "Austria's two largest banks", "Canada's six major
// banks"); any superlative adjective does the same.
var countRanks = map[string]bool{
	"major": true, "main": true, "top": true, "leading": true, "principal": true,
	"key": true, "big": true, "dominant": true, "largest": true, "biggest": true,
}

// maxCountedWords is the most words between the count and the plural it
// counts: "Thailand's 16 local commercial banks".
const maxCountedWords = 4

// countedHolding recognises, with no cue before it, a country or region
// whose possessive is followed by a count of the plural things it
// holds: "India's 50 mln Tamils". The plural must head its phrase
// ("Japan's 13 city banks", not "Japan's 13 bank loans"). It appends the
// span and returns the end of the name.
func (r *Recognizer) countedHolding(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	k, ok := r.possessiveRun(doc, si, i, 2)
	if !ok {
		return 0, false
	}
	if !countedPlural(doc, si, k+1) {
		return 0, false
	}
	return r.areaAt(doc, si, i, k, src, buf, spans)
}

// countedPlural reports whether the words from token n of sentence si are
// a count of things and the plural noun it counts, which heads its
// phrase: "50 mln Tamils", "four major local banks".
func countedPlural(doc *annals.Doc, si, n int) bool { return countedPluralOf(doc, si, n, false) }

// countedPluralOf is countedPlural; ranked lets a rank or a superlative
// stand among the plural's modifiers, where no possessive makes the
// count an affiliation ("Japan has 23 major local life insurers", see
// held_counts.go).
func countedPluralOf(doc *annals.Doc, si, n int, ranked bool) bool {
	end := doc.Sentences[si].Tokens.End
	if n < end && countLeads[doc.Tokens[n].Norm] {
		n++
	}
	if n >= end || !countWord(&doc.Tokens[n]) {
		return false
	}
	n++
	if n < end && countScales[doc.Tokens[n].Norm] {
		n++
	}
	head := -1
	for j := n; j < end && j <= n+maxCountedWords; j++ {
		w := &doc.Tokens[j]
		// A people counted by its name: "India's 50 mln Tamils".
		if j == n && capital(w) && w.Flags&annals.AllCaps == 0 && strings.HasSuffix(w.Norm, "s") &&
			(w.Tag == annals.NNP || w.Tag == annals.NNPS || w.Tag == annals.NNS) {
			head = j
			break
		}
		if !word(w) || capital(w) || sumWords[w.Norm] || counterpartNouns[w.Norm] || !ranked && (countRanks[w.Norm] || superlative(w)) || w.Tag != annals.JJ && w.Tag != annals.NN && w.Tag != annals.NNS && w.Tag != annals.VBG {
			break
		}
		if w.Tag == annals.NNS {
			head = j
		}
	}
	if head < 0 {
		return false
	}
	// The plural heads its phrase: no noun, number or figure it
	// qualifies follows.
	if a := head + 1; a < end {
		w := &doc.Tokens[a]
		if word(w) && (capital(w) || w.Tag == annals.NN || w.Tag == annals.NNS || w.Tag == annals.CD) {
			return false
		}
	}
	return true
}

// countWord reports whether t is a whole count: a number written in
// digits (no year, fraction or range) or in words.
func countWord(t *annals.Token) bool {
	if t.Tag != annals.CD {
		return false
	}
	w := t.Norm
	if strings.ContainsAny(w, "/-:") {
		return false
	}
	// "Japan's 1987 budget": a year, not a count.
	return !(len(w) == 4 && strings.Trim(w, "0123456789") == "" && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")))
}

// superlative reports whether t is an adjective in -est: "largest",
// "smallest".
func superlative(t *annals.Token) bool {
	return t.Tag == annals.JJ && len(t.Norm) > 5 && strings.HasSuffix(t.Norm, "est")
}
