package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// frameNouns name talks or a meeting that a phrase opening the sentence
// sets the scene with.
var frameNouns = map[string]bool{
	"talks": true, "meeting": true, "meetings": true, "discussions": true,
	"negotiations": true, "consultations": true,
}

// partyWords name the parties of talks inside their own phrase ("talks
// with", "meeting of", "talks between"), which the noun patterns code.
var partyWords = map[string]bool{"with": true, "between": true, "among": true, "of": true, "by": true}

// frameSpeech are verbs whose object is what was said, not a party met:
// "At the meeting, Baker said Japan must act" names no partner.
var frameSpeech = map[string]bool{
	"say": true, "add": true, "note": true, "report": true, "state": true, "predict": true,
	"expect": true, "believe": true, "think": true, "estimate": true, "forecast": true,
}

// codeTalksFrame codes the talks named by a phrase that opens the sentence
// (or the clause after "said that") and names none of their parties: "In
// high-level talks last week, the U.S. criticised Japan's fiscal policy",
// "At meetings here this week, Bank of England officials pressed their
// Japanese counterparts", "After several meetings, Brazil and the U.S. have
// made no major progress". The main clause's subject and the party its verb
// acts on right after it, or the two parties of a paired subject, are the
// two who met, so the talks are coded both ways (the guidelines code a
// reciprocal act with two parties in both directions), 036 where the main
// verb tells of what is to come. Nothing is coded where the phrase names
// its own parties ("talks with", "meeting of": the noun patterns code
// them), where it names a body's meeting ("At today's Cabinet meeting",
// "At the GATT talks"), where the two are of one country, a firm or a
// citizen, or where the verb is one of saying whose object is what was
// said.
func (c *Coder) codeTalksFrame(sc *sentCtx, venue *annals.Place) {
	toks := sc.doc.Tokens
	h := sc.frameNoun()
	if h < 0 {
		return
	}
	e := h + 1
	for n := 0; e < sc.end && n < 3; n++ {
		if f := sc.timePhrase(e, sc.end); f > e {
			e = f
			continue
		}
		if f := sc.venuePhrase(e, sc.end); f > e {
			e = f
			continue
		}
		if w := toks[e].Norm; w == "here" || w == "there" || dayWord(w) {
			e++
			continue
		}
		break
	}
	if e < sc.end && partyWords[toks[e].Norm] {
		return // "Following weekend talks here between Japanese and British officials": the noun patterns' parties
	}
	if sc.nounCoded(h) {
		return // "Following the talks, Reagan and Nakasone issued": coded as the subject's joint talks
	}
	comma := e < sc.end && toks[e].Norm == ","
	if comma {
		e++
	}
	var main *annals.VerbGroup
	for i := range sc.doc.Verbs {
		if v := &sc.doc.Verbs[i]; v.Head >= e && v.Head < sc.end {
			main = v
			break
		}
	}
	if main == nil || main.Passive {
		return
	}
	subj, _ := sc.subject(main, sc.clause(main.Head))
	if !namedActors(subj) {
		return
	}
	if st := sc.doc.Mentions[subj[0]].Tokens.Start; st < e || !comma && st > e+1 {
		return // the subject must open the main clause right after the phrase
	}
	var objs []int
	if len(subj) == 2 {
		// "After Monday's talks, the U.S. and West German governments
		// made it clear": the two named together held the talks.
		subj, objs = subj[:1], subj[1:]
	} else if k := sc.partyAfter(main.Tokens.End); k >= 0 && !frameSpeech[lemma(&toks[main.Head])] {
		objs = sc.coordinated(k)
	} else {
		return
	}
	for _, a := range subj {
		for _, b := range objs {
			if sc.sameCountry(a, b) || !frameParty(sc.doc.Mentions[a].Code) || !frameParty(sc.doc.Mentions[b].Code) {
				return
			}
		}
	}
	for _, id := range c.dict.NounsFor(lemma(&toks[h])) {
		v := &c.dict.Verbs[id]
		if !strings.HasPrefix(v.Code, "04") {
			continue
		}
		vg := &annals.VerbGroup{Tokens: annals.Range{Start: h, End: h + 1}, Head: h, Clause: sc.clause(h)}
		if sc.modeOf(main) == "future" {
			vg.Tense = annals.Future
		}
		notes := []string{"talks named by an opening phrase: the main clause's parties took part"}
		c.emit(sc, vg, v, subj, objs, "", notes, venue)
		c.emit(sc, vg, v, objs, subj, "", notes, venue)
		return
	}
}

// frameNoun returns the talks noun of a phrase "at", "in", "during",
// "after" or "following" opening the sentence, or the clause after "said
// that", with only determiners, possessives and common modifiers before
// the noun ("In high-level talks last week", "At last week's talks",
// "during the talks"), or -1. A capitalised modifier names a body's
// meeting ("At the GATT talks", "At today's Cabinet meeting"), and a word
// after the noun that names its parties ("with", "between", "of") leaves
// it to the noun patterns.
func (sc *sentCtx) frameNoun() int {
	toks := sc.doc.Tokens
	p := -1
	for i := sc.start; i < sc.end && i < sc.start+12; i++ {
		switch toks[i].Norm {
		case "at", "in", "during", "after", "following":
		default:
			continue
		}
		if i == sc.start || i >= sc.start+2 && toks[i-1].Norm == "that" && lemma(&toks[i-2]) == "say" {
			p = i
		}
		break
	}
	if p < 0 {
		return -1
	}
	for h, n := p+1, 0; h < sc.end && n < 5; h, n = h+1, n+1 {
		tk := &toks[h]
		if frameNouns[tk.Norm] {
			if h+1 < sc.end && partyWords[toks[h+1].Norm] {
				return -1
			}
			return h
		}
		switch tk.Tag {
		case annals.DT, annals.JJ, annals.CD, annals.PRPS, annals.POS:
		case annals.NN:
			if tk.Flags&annals.Cap != 0 {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// partyAfter returns the index in sc.ments of the actor the verb ending
// before token from acts on, named right after it ("convinced Goria",
// "criticised Japan's policy", "stressed to Moi", "pressed their Japanese
// counterparts"), or -1.
func (sc *sentCtx) partyAfter(from int) int {
	toks := sc.doc.Tokens
	for k, mi := range sc.ments {
		st := sc.doc.Mentions[mi].Tokens.Start
		if st < from {
			continue
		}
		for j := from; j < st; j++ {
			switch toks[j].Tag {
			case annals.DT, annals.PRPS, annals.JJ, annals.RB, annals.TO:
			default:
				return -1
			}
		}
		if st-from > 3 {
			return -1
		}
		return k
	}
	return -1
}

// frameParty reports whether actor code names a party whose meeting the
// guidelines code: a state, its organs or a body, not a firm, a citizen or
// the press.
func frameParty(code string) bool {
	if len(code) < 3 {
		return false
	}
	if len(code) >= 6 {
		switch code[3:6] {
		case "BUS", "CVL", "MED":
			return false
		}
	}
	return true
}

// nounCoded reports whether an event of the sentence was already coded
// from the noun at token h.
func (sc *sentCtx) nounCoded(h int) bool {
	start := int(sc.doc.Tokens[h].Start)
	for i := len(sc.doc.Events) - 1; i >= 0 && sc.doc.Events[i].Sentence == sc.si; i-- {
		if sc.doc.Events[i].Evidence.Start == start {
			return true
		}
	}
	return false
}
