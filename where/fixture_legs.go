package where

import (
	annals "github.com/annals-project/annals"
)

// Issue 5, freight legs (round 84): a fixture line of a freight report
// opens with its voyage's two ends joined by a slash and then the cargo's
// tonnage ("Bin Qasim/Shanghai 25,000 mt pig iron", "Bilbao/one port
// Vietnam 5,000 mt steels", "One port A-H range/Dubai 6,800 mt"). slashLeg
// asks both ends to be names the gazetteer knows, lest a firm's pair
// ("Royal Dutch/Shell") be read; where one end is a port it lacks, a
// misspelling, or a range written in lower case, the known end was lost
// with it. The tonnage that closes the leg, in metric tons, is what no
// firm's pair has, so each end the gazetteer knows whole is kept.

// tonnageUnits are the units of a fixture's cargo after its figure.
var tonnageUnits = map[string]bool{"mt": true, "tonnes": true, "tons": true}

// maxLegEnd is how many tokens the second end of a fixture's leg may
// take before its tonnage: "one port Vietnam", "Hodeidah and Mokha".
const maxLegEnd = 4

// fixtureLeg recognises the ends of a freight fixture's leg at token i
// of sentence si: a first end that opens its line and is followed by a
// slash, or a second end after the slash that closes a range of ports
// ("A-H range/Dubai"). The leg must close with the cargo's tonnage
// (tonnageTo). Each end the gazetteer knows whole is appended to spans;
// it returns the end of the last appended.
func (r *Recognizer) fixtureLeg(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if !capital(t) || months[t.Norm] {
		return 0, false
	}
	if i-2 >= s.Tokens.Start && doc.Tokens[i-1].Norm == "/" && doc.Tokens[i-2].Norm == "range" {
		// The second end after a range of ports: "A-H range/Dubai 6,800 mt".
		sp, ok := r.exact(doc, si, i, src, buf)
		if !ok || sp.suffixed || !tonnageTo(doc, s, sp.tok.End, 0) {
			return 0, false
		}
		*spans = append(*spans, sp)
		return sp.tok.End, true
	}
	if !lineStart(src, int(t.Start)) {
		return 0, false
	}
	// The slash after the first end: capitalised words only before it.
	a := i + 1
	for ; a < s.Tokens.End && a <= i+legSideWords && doc.Tokens[a].Norm != "/"; a++ {
		if !capital(&doc.Tokens[a]) {
			return 0, false
		}
	}
	if a >= s.Tokens.End || a > i+legSideWords || doc.Tokens[a].Norm != "/" || !tonnageTo(doc, s, a+1, maxLegEnd) {
		return 0, false
	}
	first, ok := r.exact(doc, si, i, src, buf)
	firstOK := ok && !first.suffixed && first.tok.End == a
	var second span
	secondOK := false
	if b := a + 1; b < s.Tokens.End && capital(&doc.Tokens[b]) && !months[doc.Tokens[b].Norm] {
		second, ok = r.exact(doc, si, b, src, buf)
		secondOK = ok && !second.suffixed && tonnageFigure(doc, s, second.tok.End)
	}
	switch {
	case firstOK && secondOK:
		*spans = append(*spans, first, second)
		return second.tok.End, true
	case firstOK:
		*spans = append(*spans, first)
		return first.tok.End, true
	case secondOK:
		*spans = append(*spans, second)
		return second.tok.End, true
	}
	return 0, false
}

// tonnageFigure reports whether token k of sentence s is a figure.
func tonnageFigure(doc *annals.Doc, s *annals.Sentence, k int) bool {
	return k < s.Tokens.End && doc.Tokens[k].Flags&annals.Digit != 0
}

// tonnageTo reports whether, within skip tokens from token k of sentence
// s, a cargo's tonnage follows: a figure, perhaps a range of two
// ("20,000/21,000"), then its unit ("mt", "tonnes").
func tonnageTo(doc *annals.Doc, s *annals.Sentence, k, skip int) bool {
	for f := k; f <= k+skip && f < s.Tokens.End; f++ {
		if !tonnageFigure(doc, s, f) {
			if doc.Tokens[f].Flags&annals.Punct != 0 && doc.Tokens[f].Norm != "-" {
				return false
			}
			continue
		}
		u := f + 1
		if u+1 < s.Tokens.End && doc.Tokens[u].Norm == "/" && tonnageFigure(doc, s, u+1) {
			u += 2
		}
		return u < s.Tokens.End && tonnageUnits[doc.Tokens[u].Norm]
	}
	return false
}
