package actor

import "github.com/annals-project/annals"

// roleBeforeDay reports whether the role word at tokens [j, gend) stands
// before a noun of time that is an adverb of the clause, not the head of
// a phrase the role word modifies: "began talks with the government
// today", "the union yesterday rejected". Only a subject or a party after
// "with" counts; after another preposition ("in an Amsterdam court
// tomorrow", "landed a round on a protester yesterday") the phrase more
// often places or aims something than names a party, and stays as it was.
func (r *Recognizer) roleBeforeDay(toks []annals.Token, start, j, gend int) bool {
	if r.imported() || !dayAdverbs[toks[gend].Norm] {
		return false
	}
	k := j - 1
	for n := 0; k >= start && n < 4; k, n = k-1, n+1 {
		switch toks[k].Tag {
		case annals.DT, annals.JJ, annals.PRPS, annals.CD, annals.NNP, annals.POS:
			continue
		}
		break
	}
	if k < start {
		return true
	}
	t := &toks[k]
	return !(t.Tag == annals.IN || t.Tag == annals.TO) || t.Norm == "with"
}
