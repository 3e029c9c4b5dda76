package where

import annals "github.com/annals-project/annals"

// Round 56 (issue 5), read from the table misses of the read Reuters
// sets: a company's results broken down by area list each area at the
// head of a row, its figure, "vs" and the year-ago figure ("Operating
// profits, geographic breakdown: - Britain 51.4 mln stg vs 43.3 mln -
// Africa 3.3 mln", "Pretax profit includes - U.K. 37.7 mln vs 20.5 mln
// U.S. 27.5 mln vs 22.8 mln Mexico 15.0 mln"), and the annotators mark
// each country as the place the business was done. The wire drops the
// rows' line breaks, so a row opens at a line, after a dash or colon, or
// right after the last figure of the row before.

// maxBreakdownUnits is the most words between a row's amount and its
// "vs": the amount's unit and a currency ("51.4 mln stg vs").
const maxBreakdownUnits = 3

// figureBreakdown recognises, with no cue before it, a country heading a
// row of a breakdown: the name opens a row, an amount follows it, and
// "vs" follows the amount. A country inside a firm's name ("P and O
// Australia 6.6 mln vs") opens no row. It appends the span and returns
// the end of the name.
func (r *Recognizer) figureBreakdown(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if !capital(&doc.Tokens[i]) || !r.sentenceMay(si, markVs) || !breakdownRow(doc, si, i, src) || !vsFrom(doc, si, i+3) {
		return 0, false
	}
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok || sp.suffixed || !figureAt(doc, si, sp.tok.End) {
		return 0, false
	}
	vs := false
	for k := sp.tok.End + 2; k < s.Tokens.End && k <= sp.tok.End+1+maxBreakdownUnits; k++ {
		if doc.Tokens[k].Norm == "vs" {
			vs = true
			break
		}
	}
	if !vs {
		return 0, false
	}
	if top := &r.g.places[r.g.index[sp.key][0]]; top.Kind != KindCountry {
		return 0, false
	}
	*spans = append(*spans, sp)
	return sp.tok.End, true
}

// breakdownRow reports whether token i of sentence si opens a row: it
// opens the sentence or a line, or follows a dash, a colon or the
// figure that ends the row before.
func breakdownRow(doc *annals.Doc, si, i int, src string) bool {
	if i == doc.Sentences[si].Tokens.Start || lineStart(src, int(doc.Tokens[i].Start)) {
		return true
	}
	p := &doc.Tokens[i-1]
	return p.Norm == "-" || p.Norm == ":" || p.Flags&annals.Digit != 0 || amountWordsFilter.May(p.Norm) && amountWords[p.Norm]
}

// vsFrom reports whether token k of sentence si, or one after it, is
// "vs". A row's "vs" comes two tokens after its name at the least, and
// few sentences hold one: asked first, this spares figureBreakdown the
// gazetteer lookup of nearly every sentence's first word.
func vsFrom(doc *annals.Doc, si, k int) bool {
	for end := doc.Sentences[si].Tokens.End; k < end; k++ {
		if doc.Tokens[k].Norm == "vs" {
			return true
		}
	}
	return false
}
