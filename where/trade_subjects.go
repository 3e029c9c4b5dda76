package where

import (
	"github.com/annals-project/annals"
)

// tradeVerbs are what a country makes or trades: as the subject of one,
// with an amount or its own output as the object, the country is the
// place measured ("Pakistan is likely to produce a record 7.6 mln
// bales", "Taiwan bought some 36,000 tonnes"), as statVerbs' past forms
// are for "Thailand exported 21,404 tonnes".
var tradeVerbs = map[string]bool{
	"export": true, "import": true, "produce": true, "ship": true, "buy": true,
	"harvest": true, "exports": true, "imports": true, "produces": true, "ships": true,
	"buys": true, "bought": true, "shipped": true, "harvested": true, "purchased": true,
	"purchase": true,
	// "Australia is expected to supply 550,000 tonnes", "will pump":
	// the forms that supplyVerbs and tradingVerbs take without a modal.
	"supply": true, "pump": true,
	// "would maintain its exports": keeping its own output level.
	"maintain": true, "maintains": true, "maintained": true,
}

// expectWords make "is expected to export", "is likely to produce", "is
// not going to export": a forecast of the verb after "to".
var expectWords = map[string]bool{
	"expected": true, "likely": true, "unlikely": true, "set": true, "due": true,
	"going": true, "able": true, "planning": true, "forecast": true, "projected": true,
}

// tradeModals stand before the verb of a forecast or a possibility.
var tradeModals = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true,
	"can": true,
}

// tradeObjects are the words of a traded amount that need no digit: "a
// substantial amount of coffee", "a record crop".
var tradeObjects = map[string]bool{
	"amount": true, "amounts": true, "quantity": true, "quantities": true, "record": true,
	"tonnes": true, "tons": true, "bales": true, "barrels": true, "bags": true,
}

// maxTradeObject is the most words between the verb and its amount.
const maxTradeObject = 4

// tradeSubject recognises, with no cue before it, a country or region
// that is the subject of a verb of producing or trading whose object is
// an amount or its own output: "He said Indonesia is expected to export
// a substantial amount of coffee", "Uruguay is not going to export
// 70,000 tonnes", "Indonesia would maintain its exports". The subject
// stands where a clause starts: a sentence's or quotation's start, or
// after "said" or "that". It appends the span and returns the end of the
// name.
func (r *Recognizer) tradeSubject(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if !capital(t) || s.Title || t.Norm == "the" {
		return 0, false
	}
	if !opensClause(doc, si, i, "added", "noted") {
		return 0, false
	}
	// The verb decides, and it is cheap to look for before the gazetteer.
	k := r.runEnd(doc, si, i)
	v := r.tradeVerbAt(doc, si, k)
	if v < 0 || !tradeObject(doc, si, v) {
		return 0, false
	}
	return r.countryRun(doc, si, i, k, src, buf, spans)
}

// opensClause reports whether token i of sentence si stands where a
// clause's subject starts: at the sentence's start, or after "said",
// "says", "that", an opening quotation mark or one of also. The rules
// that take a country as the subject of its own trade or economy share it.
func opensClause(doc *annals.Doc, si, i int, also ...string) bool {
	if i <= doc.Sentences[si].Tokens.Start {
		return true
	}
	switch w := doc.Tokens[i-1].Norm; w {
	case "said", "says", "that", "\"", "“":
		return true
	default:
		for _, a := range also {
			if w == a {
				return true
			}
		}
	}
	// "because Peru had enjoyed", "During the plan North Korea achieved"
	// (subordinate_subjects.go).
	return subordinateOpens(doc, &doc.Sentences[si], i)
}

// opensClauseThe is opensClause for a name that may have its article
// before it: "the U.S. probably enjoyed", "The Philippines will import".
func opensClauseThe(doc *annals.Doc, si, i int) bool {
	if i > doc.Sentences[si].Tokens.Start && doc.Tokens[i-1].Norm == "the" {
		i--
	}
	return opensClause(doc, si, i)
}

// countryRun appends the place that the run of capitals from token i to k
// names, when it is the whole run and a country, marked as the country
// and not a capital of its name, and returns the token after it.
func (r *Recognizer) countryRun(doc *annals.Doc, si, i, k int, src string, buf *[]byte, spans *[]span) (int, bool) {
	sp, ok := r.match(doc, si, i, src, buf)
	if !ok || sp.tok.End != k {
		return 0, false
	}
	b := r.g.container(sp.key)
	if b < 0 || r.g.places[b].Kind != KindCountry {
		return 0, false
	}
	sp.listed = true // the country, not a capital of its name
	*spans = append(*spans, sp)
	return sp.next(), true
}

// tradeVerbAt returns the verb of tradeVerbs that the words from token k
// of sentence si lead to, through a modal or a forecast ("would", "is
// expected to", "is not going to"), or -1.
func (r *Recognizer) tradeVerbAt(doc *annals.Doc, si, k int) int {
	end := doc.Sentences[si].Tokens.End
	for a := 0; a < 2 && k < end && verbAdverbFilter.May(doc.Tokens[k].Norm) && verbAdverbs[doc.Tokens[k].Norm]; a++ {
		k++
	}
	k = timeSkip(doc, si, k)
	if k >= end {
		return -1
	}
	w := doc.Tokens[k].Norm
	switch {
	case tradeModalsFilter.May(w) && tradeModals[w]:
		k++
		if k < end && (doc.Tokens[k].Norm == "not" || verbAdverbFilter.May(doc.Tokens[k].Norm) && verbAdverbs[doc.Tokens[k].Norm]) {
			k++
		}
	case w == "is" || w == "was" || w == "are" || w == "were":
		k++
		if k < end && doc.Tokens[k].Norm == "not" {
			k++
		}
		if k < end && expectWordsFilter.May(doc.Tokens[k].Norm) && expectWords[doc.Tokens[k].Norm] {
			k++
		}
		if k >= end || doc.Tokens[k].Norm != "to" {
			return -1
		}
		k++
	case w == "bought" || w == "shipped" || w == "harvested" || w == "purchased":
		// Past forms the statVerbs rules do not read.
	default:
		return -1
	}
	if k < end && tradeVerbsFilter.May(doc.Tokens[k].Norm) && tradeVerbs[doc.Tokens[k].Norm] {
		return k
	}
	return -1
}

// tradeObject reports whether the verb at token v of sentence si takes
// an amount ("70,000 tonnes", "a substantial amount") or the subject's
// own output ("its exports") as its object.
func tradeObject(doc *annals.Doc, si, v int) bool {
	end := doc.Sentences[si].Tokens.End
	keep := maintain[doc.Tokens[v].Norm]
	for n := v + 1; n < end && n <= v+maxTradeObject; n++ {
		w := &doc.Tokens[n]
		if keep {
			// "maintain its exports": only the country's own output.
			if w.Norm == "its" && n+1 < end && ownOutput[doc.Tokens[n+1].Norm] {
				return true
			}
			continue
		}
		if w.Flags&annals.Digit != 0 || amountWords[w.Norm] || tradeObjects[w.Norm] {
			return true
		}
		if w.Norm == "its" && n+1 < end && ownOutput[doc.Tokens[n+1].Norm] {
			return true
		}
		if !word(w) || w.Tag == annals.IN && w.Norm != "of" {
			return false
		}
	}
	return false
}

// maintain are the verbs of tradeVerbs that keep a level rather than
// trade an amount: their object must be the country's own output.
var maintain = map[string]bool{"maintain": true, "maintains": true, "maintained": true}

// contractNouns are what a customer awards: "received a contract valued
// at about eight mln dlrs from the Soviet Union" names the party that
// awarded it, not where anything comes from.
var contractNouns = map[string]bool{"contract": true, "contracts": true}

// maxContractGap is the most words between a contract and the "from" of
// the party that awarded it.
const maxContractGap = 8

// contractFrom reports whether the "from" at token i of sentence si
// names who awarded a contract a few words before it, with no stop
// between.
func contractFrom(doc *annals.Doc, si, i int) bool {
	start := doc.Sentences[si].Tokens.Start
	if charterFrom(doc, start, i) {
		return true
	}
	for k := i - 1; k >= start && k >= i-maxContractGap; k-- {
		t := &doc.Tokens[k]
		if contractNounsFilter.May(t.Norm) && contractNouns[t.Norm] {
			return true
		}
		if !word(t) && t.Norm != "-" {
			return false
		}
	}
	return false
}

// sellVerbs are the verbs of one party selling to another.
var sellVerbs = map[string]bool{
	"exports": true, "exported": true, "export": true, "sells": true, "sold": true, "sell": true,
}

// maxSellGap is the most words between a selling country's verb and the
// "to" of its buyer.
const maxSellGap = 6

// countrySells reports whether the "to" at token i of sentence si ends
// the phrase of a country's sale, a capitalised seller right before the
// verb and no amount between: "Finland exports finished products to the
// USSR" is trade between two parties, its buyer no destination a place
// is measured by.
func countrySells(doc *annals.Doc, si, i int) bool {
	start := doc.Sentences[si].Tokens.Start
	for k := i - 1; k > start && k >= i-maxSellGap; k-- {
		t := &doc.Tokens[k]
		// "Peru exported 296.4 tonnes of bismuth to the U.S.": an amount
		// shipped measures the flow to a place.
		if !word(t) || t.Flags&annals.Digit != 0 || amountWordsFilter.May(t.Norm) && amountWords[t.Norm] {
			return false
		}
		if !capital(t) && sellVerbsFilter.May(t.Norm) && sellVerbs[t.Norm] {
			// The verb, not a noun ("European exports of textiles to the
			// U.S." are goods bound for a place), after a proper name.
			return t.Tag >= annals.VB && t.Tag <= annals.VBZ && doc.Tokens[k-1].Tag == annals.NNP
		}
	}
	return false
}

// askVerbs address a request to parties: "Kuwait has asked at least four
// countries, including the U.S., Soviet Union, Britain and China".
var askVerbs = map[string]bool{
	"asked": true, "urged": true, "invited": true, "approached": true, "pressed": true,
	"asking": true, "urging": true, "inviting": true, "ask": true, "urge": true, "invite": true,
}

// askedIncluding reports whether the class before the "including" at
// token k of sentence si is the object of a verb of asking a few words
// before it, with no stop between: its examples are the parties asked.
func askedIncluding(doc *annals.Doc, si, k int) bool {
	start := doc.Sentences[si].Tokens.Start
	for h := k; h >= start && h > k-maxHeadGap-2; h-- {
		t := &doc.Tokens[h]
		if askVerbs[t.Norm] {
			return true
		}
		if !word(t) && t.Norm != "," || capital(t) && h < k {
			return false
		}
	}
	return false
}

// partHeads are the geoHeads that name a share of what follows, which
// may be a possessor's rather than a land's: "part of Brazil's foreign
// debt", "part of Taiwan's efforts".
var partHeads = map[string]bool{"part": true, "parts": true}

// possessorOf reports whether the name after the "part of" at token i of
// sentence si is a possessor, its "'s" followed by a lower-case word or
// a name no place has:
// "part of the Soviet Union's original team" names whose team, not a
// part of a land ("part of Pakistan's Punjab" names a place in it).
func (r *Recognizer) possessorOf(doc *annals.Doc, si, i int) bool {
	end := doc.Sentences[si].Tokens.End
	if i == doc.Sentences[si].Tokens.Start || !partHeads[doc.Tokens[i-1].Norm] {
		return false
	}
	j := i + 1
	if j < end && doc.Tokens[j].Norm == "the" {
		j++
	}
	if j >= end || !capital(&doc.Tokens[j]) {
		return false
	}
	k := r.runEnd(doc, si, j)
	if k+1 >= end || doc.Tokens[k].Norm != "'s" || !word(&doc.Tokens[k+1]) {
		return false
	}
	// "part of the Soviet Union's Voskhod 2 mission": a name after the
	// possessive that no place has is the possessor's too.
	n := &doc.Tokens[k+1]
	if capital(n) {
		src := doc.SourceOf(si)
		return len(r.g.Lookup(src[n.Start:n.End])) == 0
	}
	return true
}

// comparedFigure recognises, with no cue before it, a country that opens
// an item of a breakdown: its amount, then the comparison's amount in
// brackets, "Holland 2,444,260 (2,234,049), Belgium 546,423 (595,635)",
// "Other recipients were Peoples Republic of China 110.4 (100.0),
// Holland 100.2 (150.0), USSR 50.0 (50.0)". A shipment's destinations
// and origins are places the amounts measure. It appends the span and
// returns the end of the item's amounts.
func (r *Recognizer) comparedFigure(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if !capital(&doc.Tokens[i]) || s.Title || !r.sentenceMay(si, markDigit) {
		return 0, false
	}
	// "East Germany 210 (205)": the item's name starts before the known one.
	if i > s.Tokens.Start && capital(&doc.Tokens[i-1]) && doc.Tokens[i-1].Flags&annals.SentStart == 0 {
		return 0, false
	}
	// Cheap checks first: a capitalised run, an amount, a bracket.
	k := r.runEnd(doc, si, i)
	if k+3 >= s.Tokens.End || doc.Tokens[k].Flags&annals.Digit == 0 {
		return 0, false
	}
	b := k + 1
	// "West Germany 232,049) (158,491)": a stray bracket a typist left.
	if doc.Tokens[b].Norm == ")" {
		b++
	} else if breakdownUnitsFilter.May(doc.Tokens[b].Norm) && breakdownUnits[doc.Tokens[b].Norm] {
		// "Belgium 500,000 tonnes (one mln)": the item's unit.
		b++
	}
	if b+2 >= s.Tokens.End || doc.Tokens[b].Norm != "(" || !comparedOpens(&doc.Tokens[b+1]) {
		return 0, false
	}
	sp, ok := r.countryTo(doc, si, i, k, src, buf)
	if !ok {
		return 0, false
	}
	*spans = append(*spans, sp)
	return sp.tok.End, true
}

// ownedFigures are more of what a country's possessive measures, read
// as ownFigure's figureNouns are: its trades and sectors ("Japan's
// overseas telephone business", "Spain's 14 leading power utilities",
// "South Korea's purchase of about 2.4 mln tonnes").
var ownedFigures = map[string]bool{
	"business": true, "utilities": true, "purchase": true, "purchases": true,
	// Its works, as "Ecuador's industrial plants" are: "Brazil's only
	// nuclear plant", "South Africa's largest gold mine".
	"plant": true, "mine": true, "mines": true,
	// What its fleets land: "Peru's catches were described as
	// unsatisfactory".
	"catch": true, "catches": true, "landings": true,
}

// ownedAfter are figures named by two words, as figureAfter's are:
// "China's total wage bill".
var ownedAfter = map[string]map[string]bool{
	"bill": {"wage": true, "import": true},
	// Conditions in the land, as its economic crisis is: "Brazil's
	// political crisis", "the approach of Brazil's frost season",
	// "Cuba's export availability".
	"crisis":       {"political": true},
	"season":       {"frost": true, "harvest": true, "growing": true, "planting": true, "rainy": true, "monsoon": true},
	"availability": {"export": true, "exportable": true},
}

// adjList returns the token after a list of words narrowing an area that
// continues at token j of sentence si, past the first: "in central, east
// and northwest China" names parts of one land. It returns j when no
// such list follows.
func adjList(doc *annals.Doc, si, j int) int {
	end := doc.Sentences[si].Tokens.End
	narrows := func(n int) bool { return n < end && areaAdj[doc.Tokens[n].Norm] && !capital(&doc.Tokens[n]) }
	k := j
	for k+1 < end && doc.Tokens[k].Norm == "," && narrows(k+1) {
		k += 2
	}
	if k == j {
		return j
	}
	if k+1 < end && (doc.Tokens[k].Norm == "and" || doc.Tokens[k].Norm == "or") && narrows(k+1) {
		k += 2
	}
	return k
}

// countryTo returns the span of the country whose whole name runs from
// token i of sentence si to token k, no suffix attached ("Belgium", not
// "Belgium-based"), as the figure rules that read a country before its
// amount need it; ok is false for any other name or end.
func (r *Recognizer) countryTo(doc *annals.Doc, si, i, k int, src string, buf *[]byte) (span, bool) {
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok || sp.suffixed || sp.tok.End != k || r.g.places[r.g.index[sp.key][0]].Kind != KindCountry {
		return span{}, false
	}
	return sp, true
}
