package where

import (
	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// oddCaseCityPop is the least population of a city whose name oddCaseCity
// reads in the wrong case: only a great city's name survives a slip of
// the shift key unmistaken ("in New york", "in Mexico city").
const oddCaseCityPop = 1_000_000

// oddCaseCity reads the name at token j of sentence si, after a place
// cue, when the wire wrote a great city's name of two or three words with
// its later words in lower case: "analysts in New york", "have met in
// Mexico city" (where the capitalised run alone would name Mexico, the
// country), or, in an article the wire sent all in lower case (its text
// opens with a lower-case letter), with every word so: "meetings this
// week in new york", "travelled to mexico city", "a trip to tokyo". A
// lower-case name of one word must be a national capital that is no
// English word (lowerWords); lowerWire reads countries after "in".
// The name's first place in the gazetteer, the greatest, must be the
// city. It returns the span of the name.
func (r *Recognizer) oddCaseCity(doc *annals.Doc, si, j int, src string, buf *[]byte) (span, bool) {
	s := &doc.Sentences[si]
	// Cheap first: a word, then the case of the word after it.
	if j >= s.Tokens.End || !word(&doc.Tokens[j]) || s.Title {
		return span{}, false
	}
	t := &doc.Tokens[j]
	lowerDoc := len(doc.Text) > 0 && doc.Text[0] >= 'a' && doc.Text[0] <= 'z'
	if !capital(t) {
		// All lower case: only in a lower-case article, after "in",
		// "to" or "from".
		if !lowerDoc || j == s.Tokens.Start {
			return span{}, false
		}
		if p := doc.Tokens[j-1].Norm; p != "in" && p != "to" && p != "from" {
			return span{}, false
		}
	} else if t.Flags&annals.AllCaps != 0 || j+1 >= s.Tokens.End || !lowerInitial(&doc.Tokens[j+1]) {
		// A capitalised first word needs a lower-case one after it:
		// the capitalised run is lookup's.
		return span{}, false
	}
	// The longest name first, of up to three words, each after the
	// first in lower case.
	e := j + 1
	for e < s.Tokens.End && e-j < 3 && lowerInitial(&doc.Tokens[e]) && doc.Tokens[e].Start == doc.Tokens[e-1].End+1 {
		e++
	}
	min := j + 2
	if !capital(t) {
		min = j + 1
	}
	for ; e >= min; e-- {
		start, stop := int(t.Start), int(doc.Tokens[e-1].End)
		*buf = fold.Append((*buf)[:0], src[start:stop])
		if !r.g.indexKeys.mayBytes(*buf) {
			continue
		}
		list := r.g.index[string(*buf)]
		if len(list) == 0 {
			continue
		}
		p := &r.g.places[list[0]]
		if p.Kind != KindCity || !p.Capital && p.Population < oddCaseCityPop {
			continue
		}
		if e == j+1 && (!p.Capital || t.End-t.Start < 4 || lowerWords[string(*buf)] || commonWords[string(*buf)] || notPlaces[string(*buf)]) {
			continue
		}
		// "in new york's markets": a possessor, not the place.
		if e < s.Tokens.End && (doc.Tokens[e].Norm == "'s" || doc.Tokens[e].Norm == "-") {
			return span{}, false
		}
		return span{tok: annals.Range{Start: j, End: e}, start: start, end: stop, key: string(*buf)}, true
	}
	return span{}, false
}

// lowerInitial reports whether token t is a word that opens with a
// lower-case letter.
func lowerInitial(t *annals.Token) bool {
	return word(t) && t.Flags&(annals.Cap|annals.AllCaps) == 0 && t.Norm != "" && t.Norm[0] >= 'a' && t.Norm[0] <= 'z'
}
