package where

import "github.com/annals-project/annals"

// Round 36 (issue 5), read from dev20.tsv and dev21.tsv: a fishing
// country's catches and a country's current account are figures its
// possessive owns ("Peru's catches were described as unsatisfactory",
// "South Korea's current account had turned"), a breakdown's item may
// name its unit or write its comparison in words ("Belgium 500,000 tonnes
// (one mln)", "Spain 300,000 (zero)"), a ranking may give each
// country's figure after "at" ("followed by Canada at 4.0 pct"), and "in
// both" opens a pair of places ("problems in both the U.S. And Brazil").

// caughtAfter are figures of two words, as ownedAfter's are, that count
// only where no noun follows them: "Iceland's fishing season", "South
// Korea's current account" (but "France's current account payments
// surplus" is the surplus's).
var caughtAfter = map[string]map[string]bool{
	"season":  {"fishing": true},
	"account": {"current": true},
}

// caughtFigure reports whether token n of doc, read after a country's
// possessive, ends one of caughtAfter's figures. A two-word figure that a
// noun follows qualifies that noun, which ownFigure reads on: "France's
// current account payments surplus" is the surplus's.
func caughtFigure(doc *annals.Doc, n int) bool {
	w := doc.Tokens[n].Norm
	if n == 0 || !caughtAfterFilter.May(w) || !caughtAfter[w][doc.Tokens[n-1].Norm] {
		return false
	}
	if n+1 < len(doc.Tokens) {
		if t := &doc.Tokens[n+1]; word(t) && !capital(t) && (t.Tag == annals.NN || t.Tag == annals.NNS) {
			return false
		}
	}
	return true
}

// breakdownUnits are the units a breakdown's item may write between its
// amount and the bracketed comparison: "Belgium 500,000 tonnes (one mln)".
var breakdownUnits = map[string]bool{
	"tonnes": true, "tons": true, "bags": true, "bales": true, "barrels": true,
	"bpd": true, "mln": true, "dlrs": true, "pct": true,
}

// comparedWords are the words a breakdown writes for a comparison amount
// it does not give in figures: "Spain 300,000 (zero)", "West Germany
// 400,000 (same)".
var comparedWords = map[string]bool{
	"zero": true, "nil": true, "same": true, "unchanged": true,
}

// comparedOpens reports whether t opens the bracketed comparison of a
// breakdown's item: a figure, a number word or one of comparedWords.
func comparedOpens(t *annals.Token) bool {
	return t.Flags&annals.Digit != 0 || numberWords[t.Norm] || comparedWords[t.Norm]
}

// rankedFigure recognises, with no cue before it, a country in a ranking
// that gives each item its figure after "at": "inflation was highest in
// Italy at 4.2 pct, followed by Canada at 4.0 pct, Britain at 3.9 pct".
// The ranking measures each country, a place. The item must follow
// "followed by" or an amount and a comma or "and", as gappedFigure's
// items do. It appends the span and returns the end of the name.
func (r *Recognizer) rankedFigure(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if i-2 < s.Tokens.Start || !capital(&doc.Tokens[i]) {
		return 0, false
	}
	switch sep, p := doc.Tokens[i-1].Norm, &doc.Tokens[i-2]; {
	case sep == "by" && p.Norm == "followed":
	case (sep == "," || sep == "and") && (amountWordsFilter.May(p.Norm) && amountWords[p.Norm] || p.Flags&annals.Digit != 0):
	default:
		return 0, false
	}
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok || sp.suffixed || sp.tok.End+1 >= s.Tokens.End || doc.Tokens[sp.tok.End].Norm != "at" ||
		!figureAt(doc, si, sp.tok.End+1) {
		return 0, false
	}
	if top := &r.g.places[r.g.index[sp.key][0]]; top.Kind != KindCountry {
		return 0, false
	}
	*spans = append(*spans, sp)
	return sp.tok.End, true
}

// skipBoth returns the token after "both" when "both" opens, at token j
// of sentence si, a pair of names after "in": "problems in both the U.S.
// And Brazil", "an improvement in both Spain and Brazil". It returns j
// otherwise. Only "in" does: after "to", "by" or "from" the pair is
// more often two parties ("warnings to both Japan and the United
// States") or two modifiers ("by both the Nevada and New Jersey gaming
// commissions").
func skipBoth(doc *annals.Doc, si, j int) int {
	end := doc.Sentences[si].Tokens.End
	if j+1 >= end || j == 0 || doc.Tokens[j].Norm != "both" || doc.Tokens[j-1].Norm != "in" {
		return j
	}
	n := j + 1
	if doc.Tokens[n].Norm == "the" && n+1 < end {
		n++
	}
	if !capital(&doc.Tokens[n]) {
		return j
	}
	return j + 1
}
