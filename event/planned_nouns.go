package event

import "github.com/annals-project/annals"

// plannedNoun reports whether the meeting or visit named by the noun at
// token t is still to come by the words around it that nounFuture does not
// read: an adjective of time to come or a possessive date before it
// ("during his forthcoming trip", "next week's visit to Tokyo",
// "tomorrow's talks"), or a predicate that puts it ahead ("his talks with
// Japanese officials would also include", "talks due to begin", "the
// visit is expected to"), or a verb of time to come it hangs on ("he
// would raise during a visit to Japan"). CAMEO codes a planned meeting as the intent
// 036, not as the meeting held (043/046) or the visit made (042).
func (sc *sentCtx) plannedNoun(t, limit int) bool {
	return hostNouns[sc.doc.Tokens[t].Norm] && (sc.aheadBefore(t) || sc.aheadPredicate(t, limit) || sc.hostAhead(t, limit))
}

// hostNouns are the nouns of meetings and trips that plannedNoun reads.
// Aid, deals and other acts named by nouns keep their own conventions
// ("West German aid to Kenya will rise next year" is aid given).
var hostNouns = map[string]bool{
	"talks": true, "talk": true, "meeting": true, "meetings": true, "visit": true, "visits": true,
	"trip": true, "summit": true, "negotiations": true, "discussions": true, "consultations": true, "tour": true,
}

// hostAhead reports whether the noun at t hangs, through prepositions and
// noun phrases alone, on a verb of time to come: "another issue he would
// raise during a visit to Japan", "debt is expected to figure high on the
// agenda of his talks with Chancellor Helmut Kohl". What is raised or
// figures then, and the meeting with it, lies ahead. A past date in the
// noun's own phrase ("will be signed after talks yesterday") leaves it
// alone. The words are read first; the verb group is looked up only when
// they fit.
func (sc *sentCtx) hostAhead(t, limit int) bool {
	toks := sc.doc.Tokens
	j := t - 1
	for n := 0; j > sc.start && n < 10; j, n = j-1, n+1 {
		switch toks[j].Norm {
		case "from", "after", "following", "since":
			return false // "returns from a visit to Brazil on Sunday": the visit was made first
		}
		switch toks[j].Tag {
		case annals.IN, annals.TO, annals.DT, annals.JJ, annals.RB, annals.CD, annals.PRPS, annals.POS, annals.NN, annals.NNS, annals.NNP:
			continue
		}
		break
	}
	if j <= sc.start || !toks[j].Tag.IsVerb() || toks[j].Tag == annals.VBN || toks[j].Tag == annals.VBG {
		return false
	}
	for k := t + 1; k < limit && k < t+10; k++ {
		tk := &toks[k]
		if tk.Norm == "yesterday" || tk.Norm == "last" || tk.Norm == "earlier" || tk.Norm == "ago" {
			return false
		}
		if tk.Tag.IsVerb() || tk.Tag == annals.COMMA {
			break
		}
	}
	vg := sc.verbBefore(t, sc.clause(t))
	if vg == nil || vg.Tokens.End != j+1 || vg.Negated {
		return false
	}
	switch vg.Modal {
	case "expect to", "would":
		// "is expected to figure", "he would raise": what the report
		// looks forward to. A condition ("if") still makes it none.
		return sc.modeOf(vg) != "hypothetical" || vg.Modal == "would" && !sc.inCondition(vg) && !sc.conditioned(vg)
	}
	return sc.modeOf(vg) == "future"
}

// inCondition reports whether verb group vg lies in a clause opened by
// "if", "unless" or "whether", or in one such a clause holds.
func (sc *sentCtx) inCondition(vg *annals.VerbGroup) bool {
	for ci, n := sc.clause(vg.Head), 0; ci >= 0 && n < 8; ci, n = sc.doc.Clauses[ci].Parent, n+1 {
		cl := &sc.doc.Clauses[ci]
		if cl.Kind == annals.Subordinate {
			switch sc.doc.Tokens[cl.Tokens.Start].Norm {
			case "if", "unless", "whether":
				return true
			}
		}
		if cl.Parent == ci {
			break
		}
	}
	return false
}

// aheadAdjectives are adjectives that date a meeting or trip after the
// report: "the forthcoming talks", "his coming visit", "an impending
// summit". nounFuture reads "planned", "proposed", "upcoming".
var aheadAdjectives = map[string]bool{"forthcoming": true, "coming": true, "impending": true}

// aheadBefore reports whether the words before the noun at t, within its
// own phrase, date it ahead: an adjective of aheadAdjectives or a
// possessive "next week's", "next month's", "tomorrow's". A possessive
// past or present day ("Monday's talks", "this week's meeting") could be
// either and is left alone.
func (sc *sentCtx) aheadBefore(t int) bool {
	toks := sc.doc.Tokens
	for j, n := t-1, 0; j >= sc.start && n < 5; j, n = j-1, n+1 {
		tk := &toks[j]
		if aheadAdjectives[tk.Norm] {
			return true
		}
		if tk.Tag == annals.POS && j > sc.start {
			prev := toks[j-1].Norm
			if prev == "tomorrow" {
				return true
			}
			if j-1 > sc.start && toks[j-2].Norm == "next" && (prev == "week" || prev == "month" || prev == "year" || timeWords[prev]) {
				return true
			}
			continue
		}
		if tg := tk.Tag; tg != annals.DT && tg != annals.JJ && tg != annals.CD && tg != annals.PRPS && !tg.IsNoun() {
			return false
		}
	}
	return false
}

// aheadPredicate reports whether the noun at t, with the parties and
// places of its own phrase, is the subject of a predicate that sets it in
// time to come: a modal of the future ("his talks with Japanese officials
// would also include", "the visit will focus on") or "due to", "expected
// to", "to" after "be" or alone ("talks are due to begin", "the talks are
// to open", "talks due to start next week"). The scan stops at a comma,
// a clause word ("that", "which") or the first other verb, so "said after
// talks with Kohl that Japan would" or "talks, which ended, will" are not
// read. "Would have" (done, or not done at all) and negated modals are
// left alone.
func (sc *sentCtx) aheadPredicate(t, limit int) bool {
	toks := sc.doc.Tokens
	for j := t + 1; j < limit && j < t+12; j++ {
		tk := &toks[j]
		switch {
		case tk.Tag == annals.MD:
			if tk.Norm != "will" && tk.Norm != "would" && tk.Norm != "shall" && tk.Norm != "'ll" {
				return false
			}
			k := j + 1
			if k < limit && toks[k].Tag == annals.RB && toks[k].Norm != "not" && toks[k].Norm != "n't" && toks[k].Norm != "never" {
				k++ // "would also include"
			}
			return k < limit && toks[k].Tag == annals.VB && toks[k].Lemma != "have"
		case tk.Lemma == "be" && tk.Tag.IsVerb():
			k := j + 1
			if k < limit && (toks[k].Norm == "due" || toks[k].Norm == "expected") {
				k++
			}
			return k+1 < limit && toks[k].Norm == "to" && toks[k+1].Tag == annals.VB
		case tk.Norm == "due" || tk.Norm == "expected" && tk.Tag == annals.VBN:
			return j+2 < limit && toks[j+1].Norm == "to" && toks[j+2].Tag == annals.VB // "talks due to begin"
		case tk.Tag.IsVerb(), tk.Tag == annals.COMMA, tk.Tag == annals.WDT, tk.Tag == annals.STOP, tk.Norm == "that":
			return false
		}
	}
	return false
}
