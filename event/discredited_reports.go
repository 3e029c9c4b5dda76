package event

import "github.com/annals-project/annals"

// News reports an act that its actor says never happened by naming the
// story that told of it and giving the speaker's verdict on that story:
// "The Iranian spokesman said the reports that Iran intended to attack
// ships were 'misleading propaganda'", "Iran said reports that it intended
// to threaten shipping in the Gulf were baseless". The act of the clause
// the report noun governs is denied, not reported as done, so the
// annotation conventions (negated events are not coded) leave it out, as
// they leave out an act of "denied reports that". The rule reads only a
// clause opened by "that" after a report noun whose copula, after the
// clause, is followed by a word that calls the story untrue; "reports that
// Iran attacked ships were confirmed" keeps its act.

// reportNouns name a story told of an act, which its verdict may discredit.
var reportNouns = map[string]bool{
	"report": true, "reports": true, "claim": true, "claims": true,
	"allegation": true, "allegations": true, "story": true, "stories": true,
	"suggestion": true, "suggestions": true, "assertion": true, "assertions": true,
	"accounts": true,
}

// untrueWords call a story untrue.
var untrueWords = map[string]bool{
	"baseless": true, "untrue": true, "false": true, "unfounded": true, "groundless": true,
	"propaganda": true, "lies": true, "lie": true, "nonsense": true, "misleading": true,
	"incorrect": true, "inaccurate": true, "fabricated": true, "fabrication": true,
	"fabrications": true, "rubbish": true, "absurd": true, "ridiculous": true, "wrong": true,
}

// discreditedReport reports whether verb group vg is the act of a clause
// opened by "that" after a report noun, the story being called untrue by
// a copula and a word of untrueWords after the clause.
func (sc *sentCtx) discreditedReport(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	found := false
	for j, n := vg.Tokens.Start-1, 0; j > sc.start && n < 16; j, n = j-1, n+1 {
		t := &toks[j]
		if t.Tag == annals.STOP || t.Flags&annals.Punct != 0 {
			return false
		}
		if t.Norm == "that" {
			found = reportNouns[toks[j-1].Norm] && toks[j-1].Tag.IsNoun()
			break
		}
	}
	if !found {
		return false
	}
	// The verdict: a copula after the clause, then (past adverbs, quotes
	// and determiners) a word calling the story untrue.
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+20; j++ {
		if !copulas[toks[j].Norm] {
			continue
		}
		for k := j + 1; k < sc.end && k < j+5; k++ {
			tk := &toks[k]
			if untrueWords[tk.Norm] {
				return true
			}
			if tk.Tag != annals.RB && tk.Tag != annals.DT && tk.Tag != annals.JJ && tk.Flags&annals.Punct == 0 && tk.Tag != annals.QUOTE {
				break
			}
		}
		return false
	}
	return false
}
