package where

import (
	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// maxTownWords is the most words of the town name before a comma and an
// undotted state abbreviation ("King of Prussia, Pa").
const maxTownWords = 4

// townStateAbbrev reports whether the state abbreviation at token j of
// sentence si, one word written without its full stop, follows a comma
// and a town that the gazetteer places in that very state: "near
// Richland, Wash, the DOE said", "King of Prussia, Pa which". Wire copy
// drops the stop often; a word that is also "wash", "pa" or "Ind" names
// the state only where the town before it lies there, and not before a
// capitalised word that may go on a name ("Bloomington, Ind Corp").
func (r *Recognizer) townStateAbbrev(doc *annals.Doc, si, j int, src string) bool {
	s := &doc.Sentences[si]
	if j-2 < s.Tokens.Start || doc.Tokens[j-1].Norm != "," {
		return false
	}
	t := &doc.Tokens[j]
	if t.Flags&annals.AllCaps != 0 || !capital(t) {
		return false
	}
	if e := j + 1; e < s.Tokens.End {
		n := &doc.Tokens[e]
		if n.Norm == "." && n.Start == t.End || capital(n) {
			return false
		}
	}
	var scratch [64]byte
	return r.townBefore(doc, si, j, src, string(fold.Append(scratch[:0], src[t.Start:t.End])))
}

// townBefore reports whether the words before the comma at token j-1 of
// sentence si end a town, of at most maxTownWords words, that the
// gazetteer places in the area whose folded name is state: "Richland" of
// "Richland, Wash", "King of Prussia" of "King of Prussia, Pa".
func (r *Recognizer) townBefore(doc *annals.Doc, si, j int, src, state string) bool {
	if r.g.container(state) < 0 {
		return false
	}
	s := &doc.Sentences[si]
	var scratch [64]byte
	last := &doc.Tokens[j-2]
	for k := j - 2; k >= s.Tokens.Start && k > j-2-maxTownWords; k-- {
		w := &doc.Tokens[k]
		if !word(w) || !capital(w) && w.Norm != "of" {
			break
		}
		if !capital(w) {
			continue // "King of Prussia"
		}
		town := fold.Append(scratch[:0], src[w.Start:last.End])
		if p, _ := r.g.within(string(town), state); p >= 0 {
			return true
		}
	}
	return false
}
