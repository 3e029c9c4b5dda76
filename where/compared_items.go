package where

import (
	"slices"

	annals "github.com/annals-project/annals"
)

// Round 97 (issue 5), read from the Reuters read sets: a row of
// suppliers or buyers whose verb the writer gives only once, each later
// country with its own amount and the amount it is compared with, "of
// which Australia is expected to supply 550,000, against 470,000, South
// Africa 350,000, against 331,866, and Thailand 400,000, after 390,776",
// "the main buyers were Italy ..., West Germany 480,450 tonnes against
// 717,689". Each amount measures what a country ships or takes, and the
// annotators keep such countries as places, as they keep the items of
// gappedFigure's rows and comparedFigure's bracketed breakdowns.
// gappedFigure asks for "mln", "billion" or "dlrs" after the number, and
// comparedFigure for the comparison in brackets; here the item's shape is
// a bare number (perhaps with its unit), then "against", "after",
// "versus" or "compared with" and the second number: two figures side by
// side are a comparison of one measure, which a name before them owns.
// The first item, when it is a country that supplies, exports or
// produces the first amount ("Australia is expected to supply 550,000"),
// is the row's head and taken with it.

// comparedWordsItem are the words that set an item's amount beside the
// one it is compared with.
var comparedWordsItem = map[string]bool{
	"against": true, "after": true, "versus": true, "vs": true, "compared": true,
}

// maxRowHeadGap is the most tokens between the head of a row and its first
// gapped item: its amount and comparison.
const maxRowHeadGap = 12

// comparedItem recognises, with no cue before it, a country after a
// comma or "and" that carries an amount and its comparison: "..., South
// Africa 350,000, against 331,866". It appends the span (and the row's
// head, when it finds one) and returns the end of the name.
func (r *Recognizer) comparedItem(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if s.Title || !capital(&doc.Tokens[i]) || i-2 < s.Tokens.Start {
		return 0, false
	}
	switch doc.Tokens[i-1].Norm {
	case ",", "and":
	default:
		return 0, false
	}
	k := r.runEnd(doc, si, i)
	if !comparedAmounts(doc, si, k) || !amountBefore(doc, si, i) {
		return 0, false
	}
	sp, ok := r.countryTo(doc, si, i, k, src, buf)
	if !ok {
		return 0, false
	}
	if head, ok := r.rowHead(doc, si, i, src, buf); ok &&
		!slices.ContainsFunc(*spans, func(o span) bool { return o.tok == head.tok }) {
		at := len(*spans)
		for at > 0 && (*spans)[at-1].tok.Start > head.tok.Start {
			at--
		}
		*spans = slices.Insert(*spans, at, head)
	}
	*spans = append(*spans, sp)
	return sp.tok.End, true
}

// amountBefore reports whether a number stands in sentence si before
// token i: a gapped item continues a row whose earlier item gave its
// amount, where a lone line of a results table ("Investment management,
// U.K. 6.4 mln vs 1.6 mln") labels a business by its market.
func amountBefore(doc *annals.Doc, si, i int) bool {
	for k := doc.Sentences[si].Tokens.Start; k < i; k++ {
		if doc.Tokens[k].Flags&annals.Digit != 0 {
			return true
		}
	}
	return false
}

// comparedAmounts reports whether the tokens from k of sentence si are
// an amount and its comparison: a number, perhaps its unit and a comma,
// a word of comparison ("compared with"), and a second number.
func comparedAmounts(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	if k < end && (doc.Tokens[k].Norm == "about" || doc.Tokens[k].Norm == "some") {
		k++
	}
	if k >= end || doc.Tokens[k].Flags&annals.Digit == 0 {
		return false
	}
	k++
	if k < end && (amountWords[doc.Tokens[k].Norm] || breakdownUnits[doc.Tokens[k].Norm]) {
		k++
	}
	if k < end && doc.Tokens[k].Norm == "," {
		k++
	}
	if k >= end || !comparedWordsItem[doc.Tokens[k].Norm] || capital(&doc.Tokens[k]) {
		return false
	}
	if doc.Tokens[k].Norm == "compared" {
		k++
		if k >= end || doc.Tokens[k].Norm != "with" && doc.Tokens[k].Norm != "to" {
			return false
		}
	}
	k++
	if k < end && (doc.Tokens[k].Norm == "about" || doc.Tokens[k].Norm == "some") {
		k++
	}
	return k < end && doc.Tokens[k].Flags&annals.Digit != 0
}

// rowHead returns the head of the row whose gapped item starts at token
// i of sentence si: the nearest capitalised run before it, with only
// amounts, words and commas between, that is a country and the subject
// of a verb of supplying or trading an amount ("Australia is expected
// to supply 550,000, against 470,000,").
func (r *Recognizer) rowHead(doc *annals.Doc, si, i int, src string, buf *[]byte) (span, bool) {
	s := &doc.Sentences[si]
	e := i - 1
	for e >= s.Tokens.Start && e >= i-maxRowHeadGap && !capital(&doc.Tokens[e]) {
		if t := &doc.Tokens[e]; !word(t) && t.Norm != "," && t.Flags&annals.Digit == 0 {
			return span{}, false
		}
		e--
	}
	if e < s.Tokens.Start || !capital(&doc.Tokens[e]) {
		return span{}, false
	}
	j := e
	for j > s.Tokens.Start && capital(&doc.Tokens[j-1]) && e-j < maxNameWords {
		j--
	}
	k := e + 1
	v := r.tradeVerbAt(doc, si, k)
	if v < 0 || !tradeObject(doc, si, v) {
		return span{}, false
	}
	for ; j <= e; j++ {
		sp, ok := r.exact(doc, si, j, src, buf)
		if !ok || sp.suffixed || sp.tok.End != k {
			continue
		}
		if r.g.places[r.g.index[sp.key][0]].Kind != KindCountry {
			return span{}, false
		}
		sp.listed = true
		return sp, true
	}
	return span{}, false
}
