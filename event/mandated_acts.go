package event

import "github.com/annals-project/annals"

// mandatedAct reports whether the verb is the bare subjunctive of a
// proposal or demand that leaves out its "that": "would insist Japan open
// its markets", "resolutions urging the Reagan administration oppose
// Canada's ruling". The verb stands alone in its base form right after the
// noun phrase that follows the proposing verb; the demand is the event,
// the act demanded is not done (proposedAct reads the same with "that").
func (sc *sentCtx) mandatedAct(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	h := vg.Head
	if vg.Tokens.Start != h || vg.Modal != "" || vg.Negated || h <= sc.start {
		return false
	}
	if t := &toks[h]; (t.Tag != annals.VB && t.Tag != annals.VBP) || t.Norm != lemma(t) {
		return false
	}
	// Back over the subject's noun phrase to the word before it.
	j, n := h-1, 0
	for ; j > sc.start && n < 8; j, n = j-1, n+1 {
		t := &toks[j]
		if t.Tag.IsNoun() || t.Tag == annals.DT || t.Tag == annals.JJ || t.Tag == annals.PRPS ||
			t.Tag == annals.POS || t.Tag == annals.CD || t.Tag == annals.PRP {
			continue
		}
		break
	}
	if n == 0 || !toks[h-1].Tag.IsNoun() && toks[h-1].Tag != annals.PRP {
		return false
	}
	for j > sc.start && toks[j].Tag == annals.RB {
		j--
	}
	return toks[j].Tag.IsVerb() && proposalVerbs[lemma(&toks[j])]
}
