package event

import annals "github.com/annals-project/annals"

// commaParticiple reports whether a passive verb group is a participle
// clause hung on the noun before a comma ("a continuing supply of oil,
// increasingly being threatened by the war"): its patient is that noun, so
// unless an actor mention ends right at the comma, the clause has no actor
// to put in the target slot and an actor found further back would be a guess.
func (sc *sentCtx) commaParticiple(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	i := vg.Tokens.Start
	for i < vg.Tokens.End && toks[i].Tag == annals.RB {
		i++ // "increasingly being threatened"
	}
	if i >= vg.Tokens.End || toks[i].Norm != "being" {
		return false
	}
	c := vg.Tokens.Start - 1
	if c <= sc.start || toks[c].Norm != "," {
		return false
	}
	for _, m := range sc.ments {
		if sc.doc.Mentions[m].Tokens.End == c {
			return false // "Iraq, being attacked by Iran": the actor is the patient
		}
	}
	return true
}
