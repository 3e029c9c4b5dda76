package event

import (
	"github.com/annals-project/annals"
)

// An act its doer declares itself ready or willing to do: "the U.S.
// Treasury said it was willing to participate in a bridge loan to
// Argentina", "the EC is ready to take measures", "the U.S. stands ready
// to help Mexico". "Be ready to", "be willing to" and "stand ready to"
// carry the act in an adjective after a light verb: the doer is the
// subject of "be", and the act is announced, not done. The conventions
// code announced or intended acts with the 03x intent code where CAMEO has
// one (otherwise with the act's own code), just as "plans to" or "offered
// to" are, so the infinitive is coded in the intent mode with the subject
// of "be". ("Is prepared to" is read by the tagger as the semi-modal
// "prepare to" and already coded so; retaliation declared ready is a
// threat, ready_retaliation.go.) A readiness denied ("is not ready to"),
// put as a condition ("if Japan is willing to") or asked of another ("wants
// Japan to be ready to") declares nothing of the subject, and the
// infinitive keeps the reading it had.

// readinessWords make "be" or "stand" a declaration of readiness before
// "to".
var readinessWords = map[string]bool{"ready": true, "willing": true}

// declaredReadiness returns the token of the "be" or "stand" that declares
// vg, an infinitive, its subject's ready act ("is willing to participate"),
// or -1.
func (sc *sentCtx) declaredReadiness(vg *annals.VerbGroup) int {
	toks := sc.doc.Tokens
	if !sc.own || vg.Modal != "" || vg.Negated || sc.retaliationHead(vg) {
		return -1
	}
	to := vg.Tokens.Start - 1
	if to-2 <= sc.start || toks[to].Tag != annals.TO || !readinessWords[toks[to-1].Norm] {
		return -1
	}
	k := to - 2
	for k > sc.start && toks[k].Tag == annals.RB {
		if isNegation(toks[k].Norm) {
			return -1 // "is not ready to", "was never willing to"
		}
		k-- // "is now ready to", "stands fully ready to"
	}
	if !readyVerb(&toks[k]) {
		return -1
	}
	host := sc.verbAfter(k, sc.clause(k))
	if host == nil || host.Head != k || host.Negated || sc.inCondition(host) || sc.inCondition(vg) {
		return -1 // "isn't ready to", "if Japan is willing to"
	}
	if p := host.Tokens.Start - 1; p > sc.start && toks[p].Tag == annals.TO {
		return -1 // "wants Japan to be ready to": asked of the subject, not declared by it
	}
	return k
}

// readinessSubject returns the subject of the verb declaring the readiness
// of vg: in "the EC is ready to take measures" the infinitive's subject is
// that of "is".
func (sc *sentCtx) readinessSubject(vg *annals.VerbGroup) ([]int, string) {
	k := sc.declaredReadiness(vg)
	if k < 0 {
		return nil, ""
	}
	host := sc.verbAfter(k, sc.clause(k))
	if subj, _ := sc.subject(host, sc.clause(k)); len(subj) > 0 {
		return subj, "subject"
	}
	return nil, ""
}

// readyForce returns the threat code of a declared readiness to use force
// or coercion (roots 14 to 20): a party that says it is ready to take
// measures against another, or to fight it, threatens it, as a readiness
// to retaliate does (ready_retaliation.go); or "".
func (sc *sentCtx) readyForce(vg *annals.VerbGroup, code string) string {
	if len(code) < 2 || code[:2] < "14" || sc.declaredReadiness(vg) < 0 {
		return ""
	}
	return threatCode(code)
}

// readinessUnnamed reports whether vg is a declared readiness whose party
// acted on is not named in the sentence but only found from the context or
// a pronoun: "the president is ready to fight them all" (the deficits),
// "the union was ready to strike". A readiness is a stance; the party it
// would fall on must be named for the stance to be aimed at it.
func (sc *sentCtx) readinessUnnamed(vg *annals.VerbGroup, tgts []int) bool {
	if sc.declaredReadiness(vg) < 0 {
		return false
	}
	for _, t := range tgts {
		if t < 0 {
			continue
		}
		m := &sc.doc.Mentions[t]
		if !(m.Implied || m.Via == "coref" || m.Via == "context" || m.Tokens.Len() == 1 && sc.doc.Tokens[m.Tokens.Start].Tag == annals.PRP) {
			return false
		}
	}
	return true
}
