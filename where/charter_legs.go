package where

import "github.com/annals-project/annals"

// charterVerbs hire a ship or plane from the party that lets it; an
// order comes from the customer that placed it.
var charterVerbs = map[string]bool{
	"charter": true, "chartered": true, "charters": true, "chartering": true,
	"order": true, "orders": true,
}

// charterFrom reports whether the "from" at token i (sentence start
// start) names whom a ship was hired from: "agreed to charter tankers from
// the Soviet Union" names the owner, a party, and "a 550,000 dlr order
// from the Soviet Union" the customer. Only the verb and its
// object may stand before the "from": in "chartered for a voyage from
// Antwerp" the "from" opens the voyage's leg, a port.
func charterFrom(doc *annals.Doc, start, i int) bool {
	for k := i - 1; k >= start && k >= i-2; k-- {
		if charterVerbsFilter.May(doc.Tokens[k].Norm) && charterVerbs[doc.Tokens[k].Norm] {
			return true
		}
		if !word(&doc.Tokens[k]) {
			return false
		}
	}
	return false
}

// slashLeg recognises, with no cue before it, a freight fixture's legs
// written as two ports joined by a slash: "Antwerp/Lagos 12,000 mt bagged
// sugar", "Santos/Hodeidah 10,000 mt", "grain from Ghent to Naples/Venice
// range". Both names must be known exactly, and a figure (the cargo's
// tonnage) or "range" must follow the second: "Belgium/Luxembourg" in
// running text, "Jan/Feb 1987" and "dlr/yen" name no leg. It appends
// both spans and returns the end of the second name.
func (r *Recognizer) slashLeg(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if !capital(&doc.Tokens[i]) || monthsFilter.May(doc.Tokens[i].Norm) && months[doc.Tokens[i].Norm] || !r.sentenceMay(si, markSlash) {
		return 0, false
	}
	if n := len(*spans); n > 0 && i-1 > s.Tokens.Start && doc.Tokens[i-1].Norm == "/" && (*spans)[n-1].tok.End == i-1 {
		// The second port of a pair whose first a cue found: "from
		// Ghent to Naples/Venice range".
		second, ok := r.exact(doc, si, i, src, buf)
		if !ok || second.suffixed || !legEnd(doc, s, second.tok.End) {
			return 0, false
		}
		*spans = append(*spans, second)
		return second.tok.End, true
	}
	// The first name ends within a name's length of i (one more for a
	// compass word before it), and a slash and a capitalised word must
	// follow it: most capitalised words have none near them, and the
	// lookup costs more than this scan.
	if !slashAhead(doc, s, i) {
		return 0, false
	}
	first, ok := r.exact(doc, si, i, src, buf)
	if !ok || first.suffixed || first.tok.End+2 >= s.Tokens.End || doc.Tokens[first.tok.End].Norm != "/" {
		return 0, false
	}
	j := first.tok.End + 1
	if !capital(&doc.Tokens[j]) || monthsFilter.May(doc.Tokens[j].Norm) && months[doc.Tokens[j].Norm] {
		return 0, false
	}
	second, ok := r.exact(doc, si, j, src, buf)
	if !ok || second.suffixed {
		return 0, false
	}
	if !legEnd(doc, s, second.tok.End) {
		return 0, false
	}
	*spans = append(*spans, first, second)
	return second.tok.End, true
}

// legEnd reports whether token k of sentence s closes a slashed pair of
// ports: "range" or a figure (the cargo's tonnage) follows.
func legEnd(doc *annals.Doc, s *annals.Sentence, k int) bool {
	if k >= s.Tokens.End {
		return false
	}
	after := &doc.Tokens[k]
	return after.Norm == "range" || after.Flags&annals.Digit != 0
}

// slashAhead reports whether a slash that could close a first port
// starting at token i follows within a name's length (and one compass
// word before it): a capitalised word that is no month after the slash,
// and one token more before the sentence ends.
func slashAhead(doc *annals.Doc, s *annals.Sentence, i int) bool {
	for k := i + 1; k <= i+1+maxNameTokens && k+2 < s.Tokens.End; k++ {
		if doc.Tokens[k].Norm == "/" && capital(&doc.Tokens[k+1]) && !(monthsFilter.May(doc.Tokens[k+1].Norm) && months[doc.Tokens[k+1].Norm]) {
			return true
		}
	}
	return false
}
