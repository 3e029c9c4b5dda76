package event

import "github.com/annals-project/annals"

// speakerTrip reports whether w is a journey noun a speaker may be said
// to speak during or at the end of: "said at the end of a brief visit
// here". codeNouns asks it of every token; a switch answers in a few
// comparisons where a map hashes the word (issue 2).
func speakerTrip(w string) bool {
	switch w {
	case "visit", "trip", "tour", "mission":
		return true
	}
	return false
}

// speakerVerbs are the verbs of speaking whose subject makes a visit
// named by a phrase of time beside them.
var speakerVerbs = map[string]bool{"say": true, "tell": true, "speak": true, "add": true, "declare": true, "state": true}

// codeSpeakerVisit codes a visit named by a noun with no owner, in a
// phrase of time beside a verb of speaking, as the speaker's visit (042)
// to the place after "to", or to the dateline's state after "here":
// "Garcia told a press conference at the end of an official two-day visit
// to Mexico", "Lukman, during a brief visit to London, told Reuters",
// "Murakhovsky said at the end of a brief visit here". The one speaking
// during a journey is the one making it. The noun must follow "during",
// "on", or "at the end" or "close of" and an article; a "by" after the
// place names another visitor ("during a visit to Moscow by Shultz") and
// nothing is coded. The speaker must be one state actor of another
// country than the host (stateVisit), so "told reporters during a visit
// to the plant" and a minister's trip at home give nothing. A visit still
// ahead ("on a visit to Tokyo next week") is the intent 036.
func (c *Coder) codeSpeakerVisit(sc *sentCtx, t int, venue *annals.Place) {
	toks := sc.doc.Tokens
	if !speakerTrip(toks[t].Norm) || !sc.timeOfTrip(t) {
		return
	}
	var host []int
	after := t + 1
	switch {
	case after < sc.end && toks[after].Norm == "here":
		after++
	case after+1 < sc.end && toks[after].Norm == "to":
		k := sc.mentSlotAt(after + 1)
		if k < 0 && after+2 < sc.end && toks[after+1].Norm == "the" {
			k = sc.mentSlotAt(after + 2)
		}
		if k < 0 {
			return
		}
		m := &sc.doc.Mentions[sc.ments[k]]
		if m.Kind != annals.ActorMention || len(m.Code) != 3 && !m.Capital {
			return // a country or a capital: "to Mexico", "to London"
		}
		host = sc.coordinated(k)
		after = sc.doc.Mentions[host[len(host)-1]].Tokens.End
	default:
		return
	}
	if after < sc.end && toks[after].Norm == "by" {
		return // "during a visit to Moscow by Shultz": another's visit
	}
	vg := sc.speakerVerb(t)
	if vg == nil || vg.Negated || vg.Passive {
		return
	}
	subj, _ := sc.subject(vg, sc.clause(vg.Head))
	if len(subj) != 1 || subj[0] < 0 {
		return
	}
	if host == nil {
		host = sc.datelineHost(subj)
	}
	if len(host) == 0 || !sc.stateVisit(subj, host[0]) {
		return
	}
	if v := c.visitPattern(); v != nil {
		nvg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 1}, Head: t, Clause: sc.clause(t)}
		if sc.nounFuture(t, sc.end) {
			nvg.Tense = annals.Future
		}
		c.emit(sc, nvg, v, subj, host, "", []string{"a visit named beside a verb of speaking: the speaker's"}, venue)
	}
}

// timeOfTrip reports whether the journey noun at t, after an article and
// at most four modifiers ("a brief", "an official two-day", "a two-week
// trade"), stands in a phrase of time: after "during", "on", or "at the
// end of" or "at the close of".
func (sc *sentCtx) timeOfTrip(t int) bool {
	toks := sc.doc.Tokens
	j := t - 1
	for n := 0; j > sc.start && n < 4; n++ {
		tg := toks[j].Tag
		if tg == annals.JJ || tg == annals.CD || tg == annals.NN && toks[j].Flags&annals.Cap == 0 {
			j--
			continue
		}
		break
	}
	if j <= sc.start {
		return false
	}
	switch toks[j].Norm {
	case "a", "an":
	default:
		return false
	}
	switch p := j - 1; toks[p].Norm {
	case "during", "on":
		return true
	case "of":
		if p-2 >= sc.start && toks[p-2].Norm == "the" && (toks[p-1].Norm == "end" || toks[p-1].Norm == "close") {
			return true
		}
		// "on the first day of an official visit to Argentina", "on the
		// last day of a visit": a day of the journey is a time in it.
		return p-3 >= sc.start && toks[p-1].Norm == "day" && tripDays[toks[p-2].Norm] && toks[p-3].Norm == "the"
	}
	return false
}

// tripDays are the words that pick out one day of a journey: "on the first
// day of a visit".
var tripDays = map[string]bool{"first": true, "second": true, "third": true, "last": true, "final": true, "opening": true, "closing": true}

// mentSlotAt returns the index in sc.ments of the actor mention that
// starts at token i, or -1.
func (sc *sentCtx) mentSlotAt(i int) int {
	for k, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.Start == i && !m.Implied {
			return k
		}
	}
	return -1
}

// speakerVerb returns the verb of speaking the phrase of time at token t
// hangs on: the verb right before the phrase's object or words ("told a
// press conference at the end of", "said at the end of"), else the first
// verb after it when the phrase is an aside set off by commas ("Lukman,
// during a brief visit to London ..., told Reuters"); nil when that verb
// is no verb of speaking.
func (sc *sentCtx) speakerVerb(t int) *annals.VerbGroup {
	ci := sc.clause(t)
	vg := sc.verbBefore(t, ci)
	if vg == nil {
		vg = sc.verbAfter(t, ci)
	}
	if vg == nil || !speakerVerbs[lemma(&sc.doc.Tokens[vg.Head])] {
		return nil
	}
	return vg
}
