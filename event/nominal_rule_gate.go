package event

import (
	"slices"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/wordfilter"
)

// nominalRuleLemmas are the lemmas at which codeVisitFor, codeStrikeBy,
// codeJointTalks and codeSanctionRelative may code: each reads the lemma
// of its noun first and answers no for any other.
var nominalRuleLemmas = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range slices.Concat(visitForNouns, jointTalkNouns) {
		m[w] = true
	}
	for _, set := range []map[string]bool{strikeByNouns, sanctionNouns} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

var nominalRuleFilter = wordfilter.New(nominalRuleLemmas)

// ungatedNominalRules, set by tests alone, makes codeNouns ask the
// nominal rules at every noun, as it did before nominalRuleMay.
var ungatedNominalRules bool

// nominalRuleMay reports whether one of the rules codeNouns asks before
// the noun patterns (codeVisitFor, codeStrikeBy, codeJointTalks,
// codeTwoBetween, codeSanctionRelative) may code at token t of toks (the
// sentence's tokens, cut at its end): its lemma passes the filter of
// theirs, or "between" follows within the four tokens codeTwoBetween
// looks at (the noun's next token and three modifiers after it). Each
// rule answers no at any other token, and most nouns are none of them:
// one filter and a short look ahead spare them five calls.
func nominalRuleMay(toks []annals.Token, t int) bool {
	if nominalRuleFilter.May(lemma(&toks[t])) {
		return true
	}
	for j := t + 1; j < len(toks) && j <= t+4; j++ {
		if toks[j].Norm == "between" {
			return true
		}
	}
	return false
}
