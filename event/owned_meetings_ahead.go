package event

import "github.com/annals-project/annals"

// ownedAhead reports whether the talks or visit noun at t, owned by a
// name ("Secretary of State George Shultz' Moscow talks"), is the object
// of "from", "at" or "during" after a verb not yet done: "a decision
// could emerge from Shultz' Moscow talks", "the accord will be signed at
// Reagan's meeting with Gorbachev". What the meeting is to yield is still
// to come, so the meeting is too: CAMEO codes it as the intent 036. It is
// possessedAhead's rule for a pronoun owner, carried to a named one.
func (sc *sentCtx) ownedAhead(t int) bool {
	toks := sc.doc.Tokens
	j, owned := t-1, false
	for n := 0; j > sc.start && n < 10; j, n = j-1, n+1 {
		tg := toks[j].Tag
		if tg == annals.POS {
			owned = true
			continue
		}
		if toks[j].Norm == "of" && toks[j-1].Tag == annals.NNP && toks[j+1].Tag == annals.NNP {
			continue // a title's "of": "Secretary of State George Shultz'"
		}
		if tg != annals.DT && tg != annals.JJ && !tg.IsNoun() {
			break
		}
	}
	if !owned || j <= sc.start {
		return false
	}
	switch toks[j].Norm {
	case "from", "at", "during":
		vg := sc.verbBefore(j, -1)
		return vg != nil && vg.Tokens.End == j && sc.modeOf(vg) != ""
	}
	return false
}
