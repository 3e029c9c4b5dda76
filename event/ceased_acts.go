package event

import annals "github.com/annals-project/annals"

// ceasedAct reports whether the gerund of verb group vg is the complement
// of a verb of stopping: "stop attacking each other", "ceased shelling the
// town", "refrained from criticising Japan". English names the act that
// ends or is held back, not one that is done; as with a negated verb,
// nothing of the act is coded as done (an end of fighting, where it is an
// act, is coded by its own words, "halted its offensive").
func (sc *sentCtx) ceasedAct(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if toks[vg.Head].Tag != annals.VBG {
		return false
	}
	j := vg.Tokens.Start - 1
	for j > sc.start && toks[j].Tag == annals.RB {
		j-- // "stop immediately attacking"
	}
	if j < sc.start {
		return false
	}
	switch toks[j].Norm {
	case "stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing", "quit", "quits", "quitting":
		return true
	case "from":
		// "refrain from", "refrained from": held back, not done.
		if j-1 >= sc.start {
			switch toks[j-1].Norm {
			case "refrain", "refrains", "refrained", "refraining":
				return true
			}
		}
	}
	return false
}
