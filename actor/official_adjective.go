package actor

import "github.com/annals-project/annals"

// officialAdjective reports whether the role word "official" at token j,
// ending at gend, is the adjective of a state outlet or statement named
// after it by a country ("the official Soviet news agency Tass", "the
// official Iraqi news agency INA"): state-run, no government official.
// Read as an official, the word took the country of the story and made
// the agency's comment that country's.
func (r *Recognizer) officialAdjective(toks []annals.Token, j, gend, end int) bool {
	if r.imported() || gend != j+1 || gend >= end || toks[j].Norm != "official" {
		return false
	}
	aend, a := r.dict.MatchActor(toks, gend)
	if a == nil || a.Type != "COUNTRY" || aend >= end {
		return false
	}
	t := &toks[aend]
	return t.Tag == annals.NN || t.Tag == annals.NNS || t.Tag == annals.NNP || t.Tag == annals.JJ
}
