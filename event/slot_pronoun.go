package event

import "github.com/annals-project/annals"

// slotPronoun resolves an object "them" or "it" that opens the pattern's
// target slot: "visited them on OPEC's behalf", "urged them to let the IMF
// in". The pronoun is the verb's object, so the actor named after it (the
// one whose behalf, the one let in) is no target; without this the target
// search steps over the pronoun to that actor. It returns the actors the
// pronoun stands for (pronounObject) and true, or false when the slot does
// not open with such a pronoun, or the pronoun stands for no actor (then
// the actor found stays: "sold them to Iran" names goods, and the buyer).
func (sc *sentCtx) slotPronoun(slot annals.Range, objs []int, to, subj int) ([]int, bool) {
	if slot.Start < 0 || slot.Start >= sc.end || len(objs) == 0 {
		return nil, false
	}
	t := &sc.doc.Tokens[slot.Start]
	if t.Tag != annals.PRP || t.Norm != "them" && t.Norm != "it" {
		return nil, false
	}
	if sc.doc.Mentions[objs[0]].Tokens.Start <= slot.Start {
		return nil, false // the pronoun already stands for the actor found
	}
	r := sc.pronounObject(slot.Start, to, subj)
	return r, r != nil
}
