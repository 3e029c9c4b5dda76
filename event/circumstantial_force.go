package event

import (
	annals "github.com/annals-project/annals"
)

// forcedByCircumstance reports whether a passive "be forced, compelled or
// obliged to" names no agent: "the government would also be forced to
// continue a drought relief program", "British Sugar Plc was forced to
// shut its Ipswich sugar factory ... due to a shortage of beet supplies",
// "the president was forced to act ... because Tokyo had failed". What
// forces the party is a circumstance; the passive's swapped roles then
// take the speaker, or another party of the story, as the coercer. A
// source standing after "by" ("was forced by the unions to") is the
// agent and keeps the event.
func (sc *sentCtx) forcedByCircumstance(vg *annals.VerbGroup, srcs []int) bool {
	if !vg.Passive || len(srcs) == 0 {
		return false
	}
	switch lemma(&sc.doc.Tokens[vg.Head]) {
	case "force", "compel", "oblige":
	default:
		return false
	}
	for _, s := range srcs {
		if s >= 0 && s < len(sc.doc.Mentions) && sc.byAgent(sc.doc.Mentions[s].Tokens.Start) {
			return false
		}
	}
	return true
}

// byAgent reports whether the mention starting at token ms stands in the
// sentence right after "by", a determiner or possessive aside ("by the
// unions", "by its creditors").
func (sc *sentCtx) byAgent(ms int) bool {
	if ms <= sc.start || ms >= sc.end {
		return false
	}
	toks := sc.doc.Tokens
	for j := ms - 1; j >= sc.start && j >= ms-2; j-- {
		if toks[j].Norm == "by" {
			return true
		}
		if toks[j].Tag != annals.DT && toks[j].Tag != annals.PRPS {
			return false
		}
	}
	return false
}
