package event

import "github.com/annals-project/annals"

// conjecturedNoun reports whether the act named by the noun of verb group
// vg (a noun's own group, as codeNouns makes it) heads an indefinite
// subject whose clause only supposes it: "A new agreement between the IMF
// and Zaire would pave the way for a rescheduling", "A free trade pact
// between the United States and Canada could spur both economies". The
// article says no such deal is known yet, and the modal tells what one
// would bring: nothing was agreed, so the act is coded as hypothetical.
func (sc *sentCtx) conjecturedNoun(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	t := vg.Head
	if vg.Tokens.Start != t || vg.Tokens.End != t+1 || !toks[t].Tag.IsNoun() {
		return false
	}
	// Back over the noun's modifiers ("new", "free trade") to its article.
	j := t - 1
	for j > sc.start && (toks[j].Tag == annals.JJ || toks[j].Tag.IsNoun() || toks[j].Tag == annals.CD) {
		j--
	}
	if j < sc.start || toks[j].Norm != "a" && toks[j].Norm != "an" {
		return false
	}
	// The subject's place: the sentence's first words, or after "that",
	// a comma or a quotation mark.
	if j > sc.start && toks[j-1].Norm != "that" && toks[j-1].Tag != annals.COMMA && toks[j-1].Tag != annals.QUOTE {
		return false
	}
	next := sc.verbAfter(t+1, sc.clause(t))
	if next == nil {
		return false
	}
	for k := t + 1; k < next.Tokens.Start; k++ {
		if toks[k].Tag.IsVerb() {
			return false // "a pact signed last year could": a deal made
		}
	}
	switch next.Modal {
	case "would", "could", "may", "might", "should":
		return true
	}
	return false
}
