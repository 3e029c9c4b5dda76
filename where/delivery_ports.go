package where

import (
	"strings"

	"github.com/annals-project/annals"
)

// Round 33 (issue 5), read from dev14.tsv and dev15.tsv: a port named by
// a price's delivery term, a bracketed acronym inside a list of places,
// the city a country named like its capital means, a possessive figure
// whose compound noun the tagger reads as a verb or that a report of it
// follows, "offshore" as a preposition, a great city's possessive price
// or session, and a pair of names sharing one noun as its modifier.

// deliveryTerms are the trade terms that name the port a price is quoted
// at: "cif Rotterdam", "fob Santos", "call ex-tank Rotterdam". Goods
// delivered there flow through the place, which the conventions keep.
var deliveryTerms = map[string]bool{
	"cif": true, "fob": true, "c&f": true, "cfr": true,
	"ex-tank": true, "ex-warehouse": true, "ex-store": true, "ex-works": true,
	"basis": true, "warehouse": true, // only after a lead (ledTerms)
}

// deliveryCue reports whether token i of sentence si is a delivery term
// that a capitalised name follows: "tonne cif Rotterdam", "c and f
// Taiwan" (the "f" of the spelt-out term). A shouted headline's "FOB" is
// left to the headline rules; a report's is read (shoutedTerm), and
// "basis" and "warehouse" only after their lead (termLed).
func deliveryCue(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if i+1 >= s.Tokens.End || t.Flags&annals.AllCaps != 0 && !shoutedTerm(doc, si, i) || !capital(&doc.Tokens[i+1]) {
		return false
	}
	if deliveryTerms[t.Norm] {
		return termLed(doc, si, i)
	}
	return t.Norm == "f" && i-2 >= s.Tokens.Start && doc.Tokens[i-1].Norm == "and" && doc.Tokens[i-2].Norm == "c"
}

// bracketAcronym reports the end of a bracketed acronym of the place sp
// names that follows it at token j, or -1: "New South Wales (NSW),
// Victoria and Western Australia", "the United Arab Emirates (UAE)". The
// acronym must be the initials of the name's words, so "Brazil (BRZ)" or
// a firm's ticker is not one. The acronym is a mention of the same place,
// and a list goes on after it.
func bracketAcronym(doc *annals.Doc, si, j int, sp span) int {
	s := &doc.Sentences[si]
	if j+2 >= s.Tokens.End || doc.Tokens[j].Norm != "(" || doc.Tokens[j+2].Norm != ")" {
		return -1
	}
	a := &doc.Tokens[j+1]
	if a.Flags&annals.AllCaps == 0 || sp.tok.Len() < 2 || int(a.End-a.Start) != sp.tok.Len() {
		return -1
	}
	for k := 0; k < sp.tok.Len(); k++ {
		w := doc.Tokens[sp.tok.Start+k].Norm
		if !word(&doc.Tokens[sp.tok.Start+k]) || w == "" || a.Norm[k] != w[0] {
			return -1
		}
	}
	return j + 3
}

// capitalNamed are the countries whose capital bears the country's name
// and whose name, as a place in wire copy, means the capital: European
// Community ministers meet "in Luxembourg" and bonds are "listed in
// Luxembourg", its bourse. Kuwait, Singapore and Guatemala, named like
// theirs, are annotated as the country and stay so.
var capitalNamed = map[string]bool{"luxembourg": true}

// listJoins are the tokens that join the items of a list of places.
var listJoins = map[string]bool{"/": true, "and": true, "or": true, ",": true}

// capitalCity returns the capital that spans[x] means, or -1. Named
// beside another country ("branches in Austria, Belgium, Luxembourg", "in
// Belgium/Luxembourg", "approved in Switzerland and Luxembourg"), the
// name keeps meaning the country; beside a city ("listed in Luxembourg
// and Frankfurt") it is the city still.
func (r *Recognizer) capitalCity(doc *annals.Doc, spans []span, x int) int32 {
	sp := &spans[x]
	if !capitalNamed[sp.key] {
		return -1
	}
	for y := range spans {
		o := &spans[y]
		list := r.g.index[o.key]
		if y == x || o.fixed > 0 || o.row > 0 || len(list) == 0 || r.g.places[list[0]].Kind != KindCountry {
			continue
		}
		if o.tok.End+1 == sp.tok.Start && listJoins[doc.Tokens[o.tok.End].Norm] ||
			sp.tok.End+1 == o.tok.Start && listJoins[doc.Tokens[sp.tok.End].Norm] {
			return -1
		}
	}
	for _, p := range r.g.index[sp.key] {
		if c := &r.g.places[p]; c.Kind == KindCity && c.Capital {
			return p
		}
	}
	return -1
}

// taggedVerbNoun reports whether token n, which the tagger read as a
// verb, is rather a noun of a compound whose next word is a country's
// figure: "Malaysia's oil palm output" ("palm" read as a verb). A verb
// heads no such run, so the run would otherwise end there.
func taggedVerbNoun(doc *annals.Doc, si, n int) bool {
	s := &doc.Sentences[si]
	w := &doc.Tokens[n]
	if n+1 >= s.Tokens.End || (w.Tag != annals.VBP && w.Tag != annals.VB) || !word(w) || capital(w) {
		return false
	}
	x := &doc.Tokens[n+1]
	return word(x) && !capital(x) && figureNounsFilter.May(x.Norm) && figureNouns[x.Norm] && (x.Tag == annals.NN || x.Tag == annals.NNS)
}

// offshoreCue reports whether the "offshore" at token i of sentence si
// stands as a preposition before a name: "the Green Canyon field
// offshore Louisiana", "10 miles offshore Louisiana". After an article,
// a possessive or a conjunction it is an adjective ("Iran's offshore
// Nowruz oilfield", "onshore and offshore Gulf Coast divisions").
func offshoreCue(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	if i == s.Tokens.Start || i+1 >= s.Tokens.End || !capital(&doc.Tokens[i+1]) || doc.Tokens[i].Flags&annals.AllCaps != 0 {
		return false
	}
	p := &doc.Tokens[i-1]
	return word(p) && p.Tag != annals.DT && p.Tag != annals.PRPS && p.Tag != annals.POS && p.Tag != annals.CC &&
		p.Tag != annals.IN && p.Tag != annals.TO
}

// reportNouns are the reports of a figure, which leave the figure the
// country's own: "The Philippines' first quarter growth figures".
var reportNouns = map[string]bool{"figures": true, "figure": true, "data": true, "statistics": true}

// sessionNouns are a market's trading session and its moves, which a
// city's possessive owns when the city stands for the market there:
// "from New York's close", "New York's similar downturn yesterday".
var sessionNouns = map[string]bool{
	"close": true, "closing": true, "finish": true, "opening": true, "downturn": true,
	"upturn": true, "rise": true, "fall": true, "decline": true, "level": true, "levels": true,
}

// cityQuote reports a great city at token i of sentence si whose
// possessive owns a quoted price or a session's move, and appends it to
// spans: "June mark eased ... from Chicago's 0.00501", "with New York's
// similar downturn yesterday seen as an unsettling influence". Trading
// there happens in the city, which the conventions keep, as they keep
// "the close in New York". It returns the token after the name.
func (r *Recognizer) cityQuote(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if s.Title || !capital(&doc.Tokens[i]) || !nameOpens(doc, s, i) {
		return 0, false
	}
	k := r.runEnd(doc, si, i)
	if k+1 >= s.Tokens.End || doc.Tokens[k].Norm != "'s" {
		return 0, false
	}
	if !sessionAfter(doc, si, k) {
		return 0, false
	}
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok || sp.tok.End != k {
		return 0, false
	}
	list := r.g.index[sp.key]
	if !r.g.greatCity(list) {
		return 0, false
	}
	for _, p := range list {
		if r.g.places[p].Kind == KindCountry {
			return 0, false
		}
	}
	*spans = append(*spans, sp)
	return sp.tok.End, true
}

// sessionAfter reports whether the "'s" at token k of sentence si owns a
// quoted price ("Chicago's 0.00501") or a session's move heading its
// phrase ("New York's close", "New York's similar downturn"), not
// "New York's closing prices".
func sessionAfter(doc *annals.Doc, si, k int) bool {
	s := &doc.Sentences[si]
	n := k + 1
	if n >= s.Tokens.End || doc.Tokens[k].Norm != "'s" {
		return false
	}
	w := &doc.Tokens[n]
	if w.Flags&annals.Digit != 0 && strings.Contains(w.Norm, ".") {
		return true
	}
	if w.Tag == annals.JJ && !capital(w) && n+1 < s.Tokens.End {
		n++
	}
	w = &doc.Tokens[n]
	if !word(w) || capital(w) || !sessionNouns[w.Norm] {
		return false
	}
	x := n + 1
	return x >= s.Tokens.End || !word(&doc.Tokens[x]) || capital(&doc.Tokens[x]) ||
		doc.Tokens[x].Tag != annals.NN && doc.Tokens[x].Tag != annals.NNS
}

// sharedModifier reports whether the second item sp of a list, which
// modifies the noun after it, shares that noun with the one item before
// it: "in the London and Paris markets", "at the Milwaukee and Dayton
// plants". The article before the first item and the bare "and" between
// them make the pair one modifier; "in London and the Paris markets" and
// "in London, Paris markets" keep London.
func sharedModifier(doc *annals.Doc, si int, listed []span, sp span, item int) bool {
	s := &doc.Sentences[si]
	if item != 1 || len(listed) != 1 || sp.tok.Start < 1 {
		return false
	}
	if n := doc.Tokens[sp.tok.Start-1].Norm; n != "and" && n != "or" {
		return false
	}
	// "across the Bay of Plenty and Waikato regions", "in the Portland
	// and Seattle areas": the areas are the places.
	if e := sp.tok.End; e < s.Tokens.End && (areaNouns[doc.Tokens[e].Norm] || sharedAreas[doc.Tokens[e].Norm]) {
		return false
	}
	f := listed[0]
	return f.tok.End+1 == sp.tok.Start && f.tok.Start > s.Tokens.Start && doc.Tokens[f.tok.Start-1].Norm == "the"
}

// sharedAreas are plural area nouns beyond areaNouns that a pair of
// names may share as places: "the Portland and Seattle areas".
var sharedAreas = map[string]bool{
	"areas": true, "counties": true, "valleys": true, "suburbs": true, "coasts": true,
	"islands": true, "cities": true, "municipalities": true, "departments": true,
}
