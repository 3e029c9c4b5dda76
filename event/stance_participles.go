package event

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// stanceParticiples are the past participles that after "be" and before a
// preposition other than "by" say how the subject stands towards something,
// not what was done to it: "West Germany and Ireland are opposed to the
// steps" is their opposition, "Japan was satisfied with the U.S. role" its
// approval. Read as passives, their subject became the target of "oppose +"
// and no "be ... +" pattern of the stance (11-disapprove.txt, 05-diplomatic,
// 12-reject) was tried, since the tagger makes the participle the head.
var stanceParticiples = map[string]bool{
	"opposed": true, "disappointed": true, "dissatisfied": true, "displeased": true,
	"frustrated": true, "pleased": true, "satisfied": true, "delighted": true,
}

// codeStance codes a stance participle after "be" with the patterns of
// "be" (its subject the source), in place of its passive reading. "The plan
// was opposed by France" stays a passive: "by" names the one opposing. It
// reports whether it settled the verb group: a stance with no "be" pattern
// matched codes nothing, rather than the swapped passive.
func (c *Coder) codeStance(sc *sentCtx, vg *annals.VerbGroup, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	if !vg.Passive || !stanceParticiples[toks[vg.Head].Norm] {
		return false
	}
	be := -1
	for j := vg.Head - 1; j >= vg.Tokens.Start; j-- {
		if lemma(&toks[j]) == "be" {
			be = j
			break
		}
	}
	j := vg.Head + 1
	for j < sc.end && toks[j].Tag == annals.RB {
		j++ // "opposed strongly to"
	}
	if be < 0 || j >= sc.end || toks[j].Norm == "by" || toks[j].Tag != annals.IN && toks[j].Tag != annals.TO {
		return false
	}
	ids := c.dict.VerbsFor("be")
	if len(ids) == 0 {
		return false
	}
	active := *vg
	active.Passive = false
	c.codeAt(sc, &active, be, ids, venue)
	return true
}

// negatedCopula returns vg marked negated when its head is a form of "be"
// and a negation follows it, outside the verb group the chunker made:
// "Japan is not happy with the United States", "is not critical of". The
// "be" patterns skip the adverb between "be" and their adjective, so
// without the mark a stance denied was coded as held.
func (sc *sentCtx) negatedCopula(vg *annals.VerbGroup) *annals.VerbGroup {
	toks := sc.doc.Tokens
	j := vg.Tokens.End
	if vg.Negated || j >= sc.end || lemma(&toks[vg.Head]) != "be" {
		return vg
	}
	for j+1 < sc.end && toks[j].Tag == annals.RB && toks[j].Norm != "not" && toks[j].Norm != "never" && toks[j].Norm != "n't" {
		j++ // "is also not totally happy"
	}
	if n := toks[j].Norm; n != "not" && n != "n't" && n != "never" && !(n == "no" && j+1 < sc.end && toks[j+1].Norm == "longer") {
		return vg
	}
	neg := *vg
	neg.Negated = true
	return &neg
}

// pastStanceObject reports whether actor mention m, found for the target
// slot (opening at token from) of a stance told after "be", pattern v of
// praise, disapproval or rejection, stands past the first phrase of the
// stance's object: "was dissatisfied with the exchange's response to
// Britain's timetable" is no stance on Britain, nor "was happy with the
// statement from Commonwealth leaders that Fiji's membership had lapsed"
// on Fiji. Its owner ("the U.S. decision", "the bank's role") and an "of"
// phrase ("the government of President Sarney") stay in it.
func (sc *sentCtx) pastStanceObject(v *dict.Verb, from int, m int) bool {
	if from < 0 || len(v.Before) > 0 || len(v.Items) == 0 || len(v.Items[0].Alts) != 1 || v.Items[0].Alts[0] != "be" {
		return false
	}
	if r := v.Code[:2]; r != "05" && r != "11" && r != "12" {
		return false // "was in contact with consumers such as the U.S.": no stance
	}
	toks := sc.doc.Tokens
	for j := from; j < sc.doc.Mentions[m].Tokens.Start && j < sc.end; j++ {
		if (toks[j].Tag == annals.IN || toks[j].Tag == annals.TO) && toks[j].Norm != "of" {
			return true
		}
	}
	return false
}
