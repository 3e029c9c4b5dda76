package where

import (
	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 50 (issue 5), read from the misses of the fresh sets dev34.tsv to
// dev37.tsv and the older sets of their shape (dev7.tsv to dev22.tsv):
// more of a country's own economic figures after its possessive, which
// ownFigure reads as measured and so a place ("Italy's GDP may grow",
// "Italy's economic outlook", "Canada's real rate of growth", "Japan's
// machinery orders fell"). A country qualifying its aggregate after "the"
// ("the U.S. Trade deficit") was tried and left out: the read sets'
// annotators split on it, and it added more extras than finds.

// figuresAfter are figures named by two words, as figureAfter's are:
// the economy's outlook and the orders a sector books.
var figuresAfter = map[string]map[string]bool{
	"outlook": {"economic": true, "growth": true},
	"orders":  {"machinery": true, "factory": true, "export": true, "manufacturing": true},
}

// rateOf are the measures "rate of" names: "Canada's real rate of
// growth", "Brazil's annual rate of inflation".
var rateOf = map[string]bool{"growth": true, "inflation": true, "unemployment": true}

// headsEconomicFigure reports whether token n of sentence si heads a figure of the
// possessive before it (ownFigure's loop): one of figuresAfter, a
// resource (owned_resources.go), a trade figure (trade_figures.go), or a
// rate "of" one of rateOf.
func headsEconomicFigure(doc *annals.Doc, si, n int) bool {
	w := doc.Tokens[n].Norm
	if n > 0 && figuresAfterFilter.May(w) && figuresAfter[w][doc.Tokens[n-1].Norm] || headsOwnedResource(doc, n) || headsTradeFigure(doc, n) ||
		headsHeldWithin(doc, n) {
		return true
	}
	end := doc.Sentences[si].Tokens.End
	return w == "rate" && n+2 < end && doc.Tokens[n+1].Norm == "of" && rateOf[doc.Tokens[n+2].Norm]
}

// figureAcronym reports whether w is an aggregate's acronym that wire copy
// writes in capitals ("Italy's GDP may grow"), which ownFigure reads as
// it reads the lower-case word, after the country's name at token i. A
// headline in capitals ("BRAZIL'S GDP GREW") stays unread, as its other
// words are.
func figureAcronym(doc *annals.Doc, i int, w *annals.Token) bool {
	return w.Flags&annals.AllCaps != 0 && (w.Norm == "gdp" || w.Norm == "gnp") &&
		doc.Tokens[i].Flags&annals.AllCaps == 0
}

// sectorNoun reports whether token n, in ownFigure's loop after the
// figure at head, is a noun of a compound that "sector" qualifies and a
// figure may end: "Japan's private sector machinery orders". The loop
// then reads on to the figure; if none comes, the noun after "sector"
// still makes the sector a modifier, as before.
func sectorNoun(doc *annals.Doc, head, n int) bool {
	w := &doc.Tokens[n]
	return doc.Tokens[head].Norm == "sector" && n <= head+2 && word(w) && !capital(w) &&
		(w.Tag == annals.NN || w.Tag == annals.NNS)
}

// lowerWire reads token i of sentence si, written in lower case after
// "in", as a country or a national capital in an article the wire sent
// in lower case (its text opens with a lower-case letter: "venezuela may
// turn to the ... fund", "the chase manhattan bank ... is closing"),
// where names lose their capitals: "debt-equity swaps have already taken
// place in venezuela", "the bank's manager in peru", "a technical team
// from the imf is currently in caracas". Ordinary words that name places
// ("in turkey", "in china", "in nice") are left out; the name's first
// place in the gazetteer, the greatest, must be the country or the
// capital. It appends the span and
// returns the token after it.
func (r *Recognizer) lowerWire(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	// Cheap first: the article's case, then the preposition.
	if s.Title || len(doc.Text) == 0 || doc.Text[0] < 'a' || doc.Text[0] > 'z' ||
		i == s.Tokens.Start || doc.Tokens[i-1].Norm != "in" {
		return 0, false
	}
	t := &doc.Tokens[i]
	if !word(t) || t.End-t.Start < 4 || lowerWords[t.Norm] {
		return 0, false
	}
	*buf = fold.Append((*buf)[:0], src[t.Start:t.End])
	list := r.g.index[string(*buf)]
	if len(list) == 0 || commonWords[string(*buf)] || notPlaces[string(*buf)] || firstNames[string(*buf)] {
		return 0, false
	}
	switch p := &r.g.places[list[0]]; p.Kind {
	case KindCountry:
	case KindCity:
		if !p.Capital {
			return 0, false
		}
	default:
		return 0, false
	}
	// "in peru's foreign debt": a possessor, not the place.
	if n := i + 1; n < s.Tokens.End && (doc.Tokens[n].Norm == "'s" || doc.Tokens[n].Norm == "-") {
		return 0, false
	}
	*spans = append(*spans, span{tok: annals.Range{Start: i, End: i + 1}, start: int(t.Start), end: int(t.End), key: string(*buf)})
	return i + 1, true
}

// lowerWords are lower-case English words that are also the names of
// countries or capitals, which lowerWire never reads as places.
var lowerWords = map[string]bool{
	"turkey": true, "china": true, "chad": true, "jordan": true, "georgia": true,
	"guinea": true, "japan": true, "victoria": true, "valletta": true, "kingston": true,
	"santiago": true, "lima": true, "sucre": true, "male": true, "nice": true,
}
