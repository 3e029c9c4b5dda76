package event

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// reverseOfDuplicate reports whether an event that repeats one already coded
// in the sentence should still give its partner's event back. "Thatcher will
// visit Washington next month for talks with President Reagan": the visit
// verb already coded Thatcher's intent (036) towards Washington, and the
// talks noun repeats it towards Reagan, of the same government; the talks
// are held by both, so Reagan's side of them (036 back) is still news. Only
// consultations and their intents (roots 03 and 04) without a dictionary
// reverse code are let through: the caller still skips the repeated event
// itself and adds the reverse only where its own tests for joint acts hold.
func (sc *sentCtx) reverseOfDuplicate(v *dict.Verb, code string, tgt *annals.ActorRef) bool {
	if !sc.own || v.Reverse != "" || tgt == nil {
		return false
	}
	return strings.HasPrefix(code, "03") || strings.HasPrefix(code, "04")
}

// codeVisiting codes "visiting" right before a state's officer as that
// officer's visit (042) to the host: "Deng Xiaoping told visiting U.S.
// Secretary of State George Shultz", "Tamura told visiting U.S. Trade
// Representative Clayton Yeutter". The host is the dateline's government
// (as with "arrived here") or else the subject of the verb "visiting"
// follows, when that subject is a state actor of another country; with
// neither nothing is coded ("visiting Lyng told a press conference" in a
// story with no dateline names no host). The visitor must be a government,
// its forces or an international body (stateVisit): "businessmen visiting
// Tokyo" and "visiting tourists" are no state visits.
func (c *Coder) codeVisiting(sc *sentCtx, t int, venue *annals.Place) {
	doc := sc.doc
	if t+1 >= sc.end || doc.Tokens[t].Norm != "visiting" {
		return
	}
	visitor := -1
	for _, mi := range sc.ments {
		if m := &doc.Mentions[mi]; m.Tokens.Start == t+1 && m.Kind == annals.ActorMention && !m.Implied {
			visitor = mi
			break
		}
	}
	if visitor < 0 {
		return
	}
	vis := []int{visitor}
	host := sc.datelineHost(vis)
	if host == nil {
		vg := sc.verbBefore(t, -1)
		if vg == nil || vg.Tokens.End != t || vg.Passive || vg.Negated {
			return
		}
		subj, _ := sc.subject(vg, sc.clause(vg.Head))
		if len(subj) != 1 || subj[0] < 0 || !stateActor(doc.Mentions[subj[0]].Code) || !sc.stateVisit(vis, subj[0]) {
			return
		}
		host = subj
	}
	if v := c.visitPattern(); v != nil {
		vg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 1}, Head: t, Clause: sc.clause(t)}
		c.emit(sc, vg, v, vis, host, "", []string{"a visit named by 'visiting' before the visitor"}, venue)
	}
}

// stateActor reports whether code is a government's or its forces': the
// host of a state visit.
func stateActor(code string) bool {
	return len(code) >= 6 && (code[3:6] == "GOV" || code[3:6] == "MIL")
}

// tripFromTalks reports whether "from" at token j ends a trip made by the
// subject out of talks it held: "She had flown to West Germany from talks
// with French President Francois Mitterrand", "who arrived last night from a
// meeting with Greek Prime Minister Andreas Papandreou". The verb before is
// one of travelling, done (not a plan: "will fly from talks" is rare and
// unclear), with no comma or other verb between it and "from".
func (sc *sentCtx) tripFromTalks(j int) bool {
	toks := sc.doc.Tokens
	vg := sc.verbBefore(j, -1)
	if vg == nil || vg.Negated || vg.Tense != annals.Past || j-vg.Tokens.End > 8 {
		return false
	}
	for k := vg.Tokens.End; k < j; k++ {
		if toks[k].Tag == annals.COMMA || toks[k].Tag.IsVerb() {
			return false
		}
	}
	switch lemma(&toks[vg.Head]) {
	case "fly", "come", "arrive", "travel", "go", "return", "leave":
		return true
	}
	return false
}
