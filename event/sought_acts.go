package event

import "github.com/annals-project/annals"

// seekingNouns name a step that only seeks an act: a motion, bid, attempt,
// request, petition, proposal, application or demand. The infinitive after
// one is not done, and often not by the clause's subject either: "a judge
// denied NEC's motion to disqualify Judge Ingram", "defeated an attempt to
// cut U.S. aid to Mexico", "his failed bid to trade arms with Iran". Unlike
// decisionNouns the noun tells no act decided; unlike "plans to" it is
// seldom the subject's own intent.
var seekingNouns = map[string]bool{
	"motion": true, "bid": true, "attempt": true, "request": true,
	"petition": true, "proposal": true, "application": true, "demand": true,
}

// soughtAct reports whether the verb group is the infinitive right after a
// seeking noun ("motion to disqualify").
func (sc *sentCtx) soughtAct(vg *annals.VerbGroup) bool {
	to := vg.Tokens.Start - 1
	if !sc.own || to-1 <= sc.start {
		return false
	}
	toks := sc.doc.Tokens
	n := &toks[to-1]
	return toks[to].Tag == annals.TO && (n.Tag == annals.NN || n.Tag == annals.NNS) && seekingNouns[lemma(n)]
}
