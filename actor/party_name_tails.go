package actor

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// partyNameTail reports whether the United States party that the
// dictionary matched at token j ("Democratic Party", "Republican Party")
// is only the end of a longer party name that a capitalised word before it
// opens: "Sweden's ruling Social Democratic Party", "New Democratic Party
// leader Ed Broadbent", "the Christian Democratic Party", "Egypt's National
// Democratic Party". Such a party is another country's; left unmatched,
// its "Party" is the role word of whatever country the phrase or the story
// names, as "the Socialist Party" is. A state ("the Iowa Democratic
// Party") or the United States itself ("the U.S. Democratic Party") before
// it keeps the American party, and so does a name not ending in "Party"
// ("Senate GOP").
func (r *Recognizer) partyNameTail(toks []annals.Token, start, j, aend int, a *dict.Actor, date int32) bool {
	if r.imported() || a.Type != "GROUP" || a.Country != "USA" || j <= start || toks[aend-1].Norm != "party" {
		return false
	}
	p := &toks[j-1]
	if p.Flags&annals.Cap == 0 || p.Tag != annals.NNP && p.Tag != annals.NNPS && p.Tag != annals.JJ || p.Norm == "the" {
		return false
	}
	if usStates[p.Norm] || j-2 >= start && usStates[toks[j-2].Norm+" "+p.Norm] {
		return false
	}
	for k := j - 1; k >= start && k >= j-3; k-- {
		if end, b := r.dict.MatchActor(toks, k); b != nil && end == j && countryOf(b.CodeAt(date)) == "USA" {
			return false // "the United States Democratic Party"
		}
	}
	return true
}
