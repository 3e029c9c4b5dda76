package event

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// unmetNouns are the things one "meets" that are no party to a meeting:
// a reaction ("has met strong opposition", "met with criticism") or a
// mark to reach ("to meet the target", "met the deadline"). "Demand" and
// "condition" are left to 08-yield.txt's "meet + demand", yielding.
var unmetNouns = map[string]bool{
	"opposition": true, "resistance": true, "criticism": true, "approval": true,
	"target": true, "deadline": true, "goal": true, "objective": true, "requirement": true,
	"criterion": true, "standard": true, "expectation": true, "forecast": true,
	"estimate": true, "obligation": true, "commitment": true, "need": true, "payment": true,
	"cost": true, "quota": true, "objection": true, "skepticism": true, "scepticism": true,
	"hostility": true, "disapproval": true, "rejection": true, "response": true, "reaction": true,
	"success": true, "setback": true, "difficulty": true, "problem": true, "challenge": true,
}

// unmetObject reports whether the verb "meet", read as a meeting (root
// 04), has for its object a reaction or a mark rather than a party:
// "Calls for a major overhaul ... has met strong opposition from private
// interest groups" is no meeting with the groups (round 74). Determiners,
// adjectives, adverbs and "with" may stand between ("met with stiff
// resistance"); an actor word before the noun ("meet U.S. demands") is
// left to the patterns that code yielding to it, as those are not root
// 04.
func (sc *sentCtx) unmetObject(v *dict.Verb, h int) bool {
	if !strings.HasPrefix(v.Code, "04") || sc.doc.Tokens[h].Lemma != "meet" {
		return false
	}
	toks := sc.doc.Tokens
	for j := h + 1; j < sc.end && j <= h+4; j++ {
		t := &toks[j]
		switch {
		case unmetNouns[t.Lemma] && t.Tag.IsNoun():
			return true
		case t.Norm == "with" && j == h+1, t.Tag == annals.DT, t.Tag == annals.JJ, t.Tag == annals.RB, t.Tag == annals.PRPS:
		default:
			return false
		}
	}
	return false
}

// backerWords, after an actor and a hyphen, make the actor a modifier of
// the noun that follows: "the Cuban-backed Angolan government" is
// Angola's government, backed by Cuba.
var backerWords = map[string]bool{
	"backed": true, "supported": true, "sponsored": true, "funded": true, "financed": true,
	"armed": true, "trained": true, "installed": true, "allied": true,
}

// backerModifier reports whether mention m is the first half of an
// "X-backed" modifier: "UNITA has been fighting the Cuban-backed Angolan
// government" fights Angola's government, not Cuba (round 74). The
// target is then the actor the modifier describes, found after it.
func (sc *sentCtx) backerModifier(m int) bool {
	if m < 0 {
		return false // a default or forwarded actor
	}
	toks := sc.doc.Tokens
	e := sc.doc.Mentions[m].Tokens.End
	if e <= sc.start {
		return false // an implied actor ("the dateline's government") has no words
	}
	if w := toks[e-1].Norm; strings.Contains(w, "-") && backerWords[w[strings.LastIndexByte(w, '-')+1:]] {
		return true // one token: "cuban-backed"
	}
	if e >= sc.end {
		return false
	}
	t := &toks[e]
	if strings.HasPrefix(t.Norm, "-") && backerWords[strings.TrimPrefix(t.Norm, "-")] {
		return true
	}
	return t.Norm == "-" && e+1 < sc.end && backerWords[toks[e+1].Norm]
}

// firmOffice reports whether a firm closes an office, branch or operation
// ("Chemical Bank ... is closing its representative office in Dubai"):
// a business decision that reduces no relations with the host state
// (round 74). A government, an embassy or any non-firm source keeps 166.
func (sc *sentCtx) firmOffice(v *dict.Verb, subj []int) bool {
	if !strings.HasPrefix(v.Code, "166") || !strings.HasPrefix(v.Pattern, "close|shut") || len(subj) == 0 {
		return false
	}
	for _, k := range subj {
		if k < 0 || !strings.HasSuffix(sc.doc.Mentions[k].Code, "BUS") {
			return false
		}
	}
	return true
}

// shootFor reports whether "shoot" is the idiom "shoot for", to aim at a
// figure: "I would like to shoot for one mln barrels a day" fires on no
// one (round 74). A passive ("was shot for spying") is left alone.
func (sc *sentCtx) shootFor(v *dict.Verb, vg *annals.VerbGroup, h int) bool {
	if vg.Passive || !strings.HasPrefix(v.Code, "19") || sc.doc.Tokens[h].Lemma != "shoot" {
		return false
	}
	return h+1 < sc.end && sc.doc.Tokens[h+1].Norm == "for"
}

// reporterAfterComma reports whether mention m opens the reporting clause
// that follows a comma ("remarks by some U.S. officials calling for a
// further decline of the dollar, Miyazawa said"): the one who speaks is
// not the party an earlier verb is aimed at (round 74).
func (sc *sentCtx) reporterAfterComma(m int) bool {
	if m < 0 {
		return false // a default or forwarded actor
	}
	toks := sc.doc.Tokens
	r := sc.doc.Mentions[m].Tokens
	if r.Start <= sc.start || r.End <= r.Start || r.End >= sc.end || toks[r.Start-1].Tag != annals.COMMA {
		return false
	}
	t := &toks[r.End]
	return t.Lemma == "say" && t.Tag.IsVerb()
}
