package event

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// Criticism told in a report: "Denman said pending U.S. trade legislation
// is a misguided attempt", "France said Canada's decision was unjustified".
// The speaker judges an act that an actor owns or made; CAMEO codes that
// as criticism (111) of the actor, as it codes "described Canada's
// decision as unjustified". No pattern can say this: the verdict stands
// in the reported clause, past its subject and a copula. The verdict
// words are the dictionary's own, the last item of its "describe + as"
// pattern, so one list serves both.

// verdictPattern returns the dictionary's "describe + as VERDICT" pattern
// (code 111), or nil when the dictionary has none.
func (c *Coder) verdictPattern() *dict.Verb {
	for _, id := range c.dict.VerbsFor("describe") {
		v := &c.dict.Verbs[id]
		if v.Code == "111" && len(v.Items) >= 3 && v.Items[len(v.Items)-2].Alts != nil && len(v.Items[len(v.Items)-1].Alts) > 3 {
			return v
		}
	}
	return nil
}

// sayVerbs report a clause they govern.
var sayVerbs = map[string]bool{
	"say": true, "state": true, "add": true, "argue": true, "charge": true, "complain": true, "insist": true, "declare": true,
}

// copulas link a reported subject to its verdict.
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true}

// codeSaidVerdict codes "X said Y's act was VERDICT" as X criticising Y.
// It reports whether it coded an event.
func (c *Coder) codeSaidVerdict(sc *sentCtx, vg *annals.VerbGroup, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	if vg.Negated || vg.Passive || !sayVerbSet.Has(lemma(&toks[vg.Head])) {
		return false
	}
	v := c.verdictPattern()
	if v == nil {
		return false
	}
	j := vg.Tokens.End
	if j < sc.end && toks[j].Norm == "that" {
		j++
	}
	// The reported subject: a noun phrase naming an act of an actor.
	np := j
	for j < sc.end && j-np < 10 && (sc.npToken(j) && toks[j].Tag != annals.PRP || toks[j].Tag == annals.VBG && (j > np || j+1 < sc.end && sc.npToken(j+1))) {
		j++
	}
	if j == np || j >= sc.end {
		return false
	}
	// The copula, perhaps after a modal or perfect auxiliary: "would be",
	// "had been".
	k := j
	for k < sc.end && k < j+2 && (toks[k].Tag == annals.MD || toks[k].Norm == "has" || toks[k].Norm == "had" || toks[k].Norm == "have") {
		k++
	}
	if k >= sc.end || !copulaSet.Has(toks[k].Norm) {
		return false
	}
	// The verdict: "unjustified", "a misguided attempt", "totally unfair",
	// "contrary to international law".
	verdict := -1
	for m := k + 1; m < sc.end && m < k+5; m++ {
		t := &toks[m]
		if has(v.Items[len(v.Items)-1].Alts, t) && (t.Tag == annals.JJ || t.Tag == annals.NN || t.Tag == annals.VBN) {
			verdict = m
			break
		}
		if t.Tag != annals.DT && t.Tag != annals.RB && t.Tag != annals.JJ && t.Norm != "\"" && t.Norm != "“" {
			break
		}
	}
	if verdict < 0 {
		return false
	}
	subj, via := sc.subject(vg, sc.clause(vg.Head))
	if len(subj) == 0 {
		return false
	}
	tgts := sc.firstActorFrom(np, j, -1, true)
	if len(tgts) == 0 || sc.within(tgts, subj) {
		return false
	}
	for _, t := range tgts {
		if t == noActor {
			return false
		}
	}
	notes := []string{"criticism reported: the verdict stands in the reported clause"}
	if via != "" {
		notes = append(notes, "source via "+via)
	}
	verb := *vg
	verb.Negated = false
	c.emit(sc, &verb, v, subj, tgts, via, notes, venue)
	return true
}

// downfallNouns name an actor's defeat or failure.
var downfallNouns = map[string]bool{
	"failure": true, "defeat": true, "collapse": true, "downfall": true, "demise": true,
	"ouster": true, "overthrow": true, "fall": true, "retreat": true, "humiliation": true,
}

// downfallOf reports whether mention mi is named as the loser of a
// defeat or failure ("the failure of Iran's offensive", "the defeat of the
// rebels"): welcoming it is no cooperation with that actor.
func (sc *sentCtx) downfallOf(mi int) bool {
	if mi < 0 || mi >= len(sc.doc.Mentions) {
		return false
	}
	toks := sc.doc.Tokens
	j := sc.doc.Mentions[mi].Tokens.Start - 1
	for j > sc.start && (toks[j].Tag == annals.DT || toks[j].Tag == annals.JJ) {
		j--
	}
	return j > sc.start && toks[j].Norm == "of" && downfallNouns[lemma(&toks[j-1])]
}
