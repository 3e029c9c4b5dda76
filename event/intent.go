package event

import "github.com/annals-project/annals"

// decisionNouns name a decided act whose infinitive tells the act, done by
// the noun's owner: in "Reagan's decision to impose tariffs on Japan"
// Reagan imposes them. Nouns that only announce an act ("plan", "offer",
// "effort", "intention") are left out: on the Reuters corpus their owners
// were often not the actor, or the act was not done; "threat", "refusal"
// and "failure" turn the act into a threat or its negation.
var decisionNouns = map[string]bool{"decision": true, "move": true}

// decisionNoun returns the token of a decision noun right before the "to"
// of the infinitive vg ("decision to impose"), or -1.
func (sc *sentCtx) decisionNoun(vg *annals.VerbGroup) int {
	to := vg.Tokens.Start - 1
	if !sc.own || to-1 < sc.start || vg.Tokens.Len() != 1 {
		return -1
	}
	toks := sc.doc.Tokens
	n := &toks[to-1]
	if toks[to].Tag != annals.TO || n.Tag != annals.NN && n.Tag != annals.NNS || !decisionNouns[lemma(n)] {
		return -1
	}
	return to - 1
}

// decisionOwner returns the actor owning the decision noun before the
// infinitive vg: "Canada's decision to impose", "the U.S. move to cut".
func (sc *sentCtx) decisionOwner(vg *annals.VerbGroup) []int {
	n := sc.decisionNoun(vg)
	if n < 0 {
		return nil
	}
	return sc.nounOwner(n)
}
