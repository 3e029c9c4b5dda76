package event

import "github.com/annals-project/annals"

// beforeAhead reports whether verb group vg, in the present tense, is the
// verb of a clause opened by "before": "would be resolved before the two
// countries open trade talks in late April", "was announced before the
// ministers meet next week". English keeps such a clause in the present
// for what is still to come, and "before" presupposes it (unlike "if" or
// "until"), so the act is planned whatever the modality of the clause it
// hangs on; CAMEO codes a planned meeting as the intent 036. A past tense
// ("before the two countries opened talks") tells an act done.
func (sc *sentCtx) beforeAhead(vg *annals.VerbGroup) bool {
	if vg.Tense != annals.Present || vg.Modal != "" || vg.Negated {
		return false
	}
	ci := sc.clause(vg.Head)
	if ci < 0 {
		return false
	}
	cl := &sc.doc.Clauses[ci]
	if cl.Kind != annals.Subordinate || cl.Parent < 0 || cl.Parent == ci || sc.doc.Tokens[cl.Tokens.Start].Norm != "before" {
		return false
	}
	// The verb must be the clause's own finite verb, within a few words
	// of "before": "before the two countries open", not a verb deep in a
	// relative clause that the chunker left inside it.
	return vg.Tokens.Start-cl.Tokens.Start <= 6
}
