package event

import "github.com/annals-project/annals"

// proposalNouns name a proposal whose content is only asked for: "their
// request that the administration offer subsidized wheat", "recommendations
// by the Department of Justice to allow the companies".
var proposalNouns = map[string]bool{
	"request": true, "proposal": true, "suggestion": true, "recommendation": true,
	"demand": true, "plea": true, "appeal": true, "call": true, "petition": true,
	"insistence": true,
}

// proposalVerbs put forward an act that a "that" clause names: "proposed
// to Baker that the companies ask the Justice Department".
var proposalVerbs = map[string]bool{
	"propose": true, "suggest": true, "recommend": true, "request": true,
	"demand": true, "urge": true, "ask": true, "insist": true, "advocate": true,
}

// proposedAct reports whether the verb names the content of a proposal or
// request rather than a done act: the verb of a "that" clause after a
// proposal noun or verb ("their request that the Reagan administration
// offer subsidized wheat", "proposed to Baker that the companies ask"), or
// the infinitive after a proposal noun ("the U.S. proposal to open
// negotiations", "recommendations by the Department of Justice to allow").
func (sc *sentCtx) proposedAct(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if to := vg.Tokens.Start - 1; to > sc.start && toks[to].Tag == annals.TO {
		// Back over the proposal's noun phrase and its "by" or "of" phrase.
		for j, n := to-1, 0; j >= sc.start && n < 10; j, n = j-1, n+1 {
			t := &toks[j]
			if t.Tag.IsNoun() && proposalNouns[lemma(t)] {
				return true
			}
			if t.Tag.IsNoun() || t.Tag == annals.DT || t.Tag == annals.JJ || t.Tag == annals.POS ||
				t.Tag == annals.PRPS || t.Tag == annals.CC || t.Norm == "by" || t.Norm == "of" || t.Norm == "from" {
				continue
			}
			break
		}
		return false
	}
	that := -1
	for j := vg.Tokens.Start - 1; j > sc.start && j > vg.Tokens.Start-14; j-- {
		if toks[j].Norm == "that" {
			that = j
			break
		}
		if toks[j].Tag.IsVerb() && toks[j].Tag != annals.VBG && toks[j].Tag != annals.VBN {
			return false // another finite verb between: not this clause's "that"
		}
	}
	if that <= sc.start {
		return false
	}
	j := that - 1
	if toks[j].Tag.IsNoun() && proposalNouns[lemma(&toks[j])] {
		return true
	}
	// Back over "to Baker" after the verb: "proposed to Baker that".
	if toks[j].Tag.IsNoun() || toks[j].Tag == annals.PRP {
		k := j
		for n := 0; k > sc.start && n < 6 && (toks[k].Tag.IsNoun() || toks[k].Tag == annals.PRP || toks[k].Tag == annals.DT || toks[k].Tag == annals.JJ); n++ {
			k--
		}
		if toks[k].Norm != "to" {
			return false
		}
		j = k - 1
	}
	for j > sc.start && toks[j].Tag == annals.RB {
		j--
	}
	return j >= sc.start && toks[j].Tag.IsVerb() && proposalVerbs[lemma(&toks[j])]
}

// pendingCondition reports whether the verb stands in a clause of
// condition or time that hangs on a clause not yet realised: "will not
// negotiate until Turkey recognises Greek rights", "would put money into
// the auction as soon as Zambia reached an agreement", "may try to bolster
// the pact when they meet in April". What such a clause names waits on
// the future or a condition; the convention codes it as no event. A
// "when" or "before" clause under a plain future stays (whenFuture codes
// it as planned).
func (sc *sentCtx) pendingCondition(vg *annals.VerbGroup) bool {
	ci := sc.clause(vg.Head)
	if ci < 0 {
		return false
	}
	doc := sc.doc
	cl := &doc.Clauses[ci]
	if cl.Kind != annals.Subordinate || cl.Parent < 0 || cl.Parent == ci {
		return false
	}
	toks := doc.Tokens
	s := cl.Tokens.Start
	condition := false
	switch toks[s].Norm {
	case "until", "till", "unless", "once":
		condition = true
	case "as":
		switch {
		case s+2 < cl.Tokens.End && toks[s+1].Norm == "soon" && toks[s+2].Norm == "as":
		case s-2 >= sc.start && toks[s-1].Norm == "soon" && toks[s-2].Norm == "as" && cl.Parent >= 0:
			// The chunker nests "as Zambia reached" in "as soon as ...".
			ci = cl.Parent
			cl = &doc.Clauses[ci]
			if cl.Parent < 0 || cl.Parent == ci {
				return false
			}
		default:
			return false
		}
		condition = true
	case "when", "before":
		if vg.Tense != annals.Present || sc.beforeAhead(vg) {
			return false // beforeAhead: "before they meet" is presupposed, planned
		}
	default:
		return false
	}
	host := sc.verbBefore(cl.Tokens.Start, cl.Parent)
	// Step back over infinitives and participles to the finite verb: "may
	// try to bolster the pact by uncoupling rates when they meet".
	for n := 0; host != nil && n < 3 && host.Modal == "" && host.Tokens.Start > sc.start &&
		(toks[host.Tokens.Start-1].Tag == annals.TO || toks[host.Head].Tag == annals.VBG); n++ {
		host = sc.verbBefore(host.Tokens.Start, cl.Parent)
	}
	if host == nil {
		host = sc.verbAfter(cl.Tokens.End, cl.Parent)
	}
	if host == nil {
		return false
	}
	for k := host.Tokens.Start; k < host.Tokens.End; k++ {
		if toks[k].Lemma == "have" && k+1 < host.Tokens.End && toks[k+1].Tag == annals.VBN {
			return false // "could have taken once it had decided to retaliate": a past that happened
		}
	}
	for k := host.Tokens.Start; k < host.Tokens.End; k++ {
		// The modal word itself: "may try to bolster" keeps "try to" as
		// its modality.
		switch toks[k].Norm {
		case "would", "could", "may", "might", "should", "can", "must", "'d":
			return true
		case "will", "shall", "'ll":
			return condition
		}
	}
	return condition && host.Tense == annals.Future
}

// declinedAct reports whether the verb is the infinitive of an act its
// subject declined: "Goria, who declined to attend the February meeting".
// Like "refused to", the act was not done.
func (sc *sentCtx) declinedAct(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	to := vg.Tokens.Start - 1
	if to <= sc.start || toks[to].Tag != annals.TO {
		return false
	}
	j := to - 1
	return toks[j].Tag.IsVerb() && lemma(&toks[j]) == "decline"
}
