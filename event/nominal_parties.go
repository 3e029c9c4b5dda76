package event

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// This file holds round 46's readings of events named by nouns whose
// parties the noun's phrase names only by reference: "talks between the
// two countries", where the two are the countries named just before, and
// "its sanctions on Japanese goods", where "its" stands for an actor named
// earlier. The noun patterns of data/verbs/nouns.txt give the codes; these
// rules only find the parties the patterns' own slots cannot.

// codeTwoBetween codes talks, meetings and agreements named by a noun whose
// "between" phrase names its parties by reference: "talks between the two
// countries", "an agreement between the two sides", "talks between
// officials of the two countries". The parties are the two countries or
// bodies named before the phrase in the sentence or the one before it
// (twoBefore), each the other's partner, and the noun shares the future
// of the verb it hangs on; nothing is coded when they are
// not exactly two, or when the noun is only wanted or proposed ("seek an
// agreement between the two countries"). It reports whether it coded.
func (c *Coder) codeTwoBetween(sc *sentCtx, t int, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	j := t + 1
	for n := 0; n < 3 && j < sc.end; n++ {
		switch toks[j].Tag {
		case annals.RB, annals.JJ, annals.NN, annals.CD:
			j++ // "talks here between", "the agreement last year between"
			continue
		}
		break
	}
	if j+2 >= sc.end || toks[j].Norm != "between" {
		return false
	}
	p := j + 1
	if sc.twoMembers(toks[p]) && (toks[p+1].Norm == "of" || toks[p+1].Norm == "from") {
		p += 2 // "between officials of the two countries"
	}
	n := twoAt(toks, p, sc.end)
	if n == 0 || !twoNouns[toks[p+n-1].Norm] || sc.prospectBefore(t) {
		return false
	}
	two := sc.twoOrHeadline(p, -1)
	if len(two) != 2 {
		return false
	}
	ci := sc.clause(t)
	limit := min(sc.clauseRange(ci).End, sc.end)
	for _, id := range c.dict.NounsFor(lemma(&toks[t])) {
		v := &c.dict.Verbs[id]
		if f := strings.Fields(v.Pattern); len(f) < 2 || f[1] != "between" {
			continue // "~agreement ... between +", not "~agreement sign between +"
		}
		if strings.HasPrefix(v.Code, "04") && sc.calledOff(t) {
			return true // "cancelled the talks between the two sides"
		}
		vg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 1}, Head: t, Clause: ci}
		if host := sc.verbBefore(t, ci); sc.nounFuture(t, limit) || host != nil && sc.modeOf(host) == "future" {
			// "would dominate discussions at energy talks between
			// officials of the two countries": talks still to come.
			vg.Tense = annals.Future
		}
		c.emit(sc, vg, v, two, two, "", []string{"event named by a noun", "between the two parties named before"}, venue)
		return true
	}
	return false
}

// pronounOwner resolves "its" or "their" owning the event noun at token t,
// with at most three modifiers between ("its sanctions on Japanese
// semiconductor products", "its major offensive against Iraq"), to the
// actors it stands for (resolveActorPronoun). Left out are nouns whose
// pattern is the noun alone ("~demand", "~request"), whose target may be
// any actor after them ("meet its demand for wood products by
// rehabilitating Uganda's agency"); agreements, "its pact with the United
// States" naming a pact in force rather than one made; and talks and
// visits, which "its" more often names ahead ("agreed to discuss Kampuchea
// in its talks with Peking") and whose speaker reportedTalks reads. Nil
// when there is no such pronoun or it resolves to no actor.
func (sc *sentCtx) pronounOwner(t int, v *dict.Verb) []int {
	if len(v.Items) == 1 || strings.HasPrefix(v.Code, "05") || strings.HasPrefix(v.Code, "04") {
		return nil
	}
	toks := sc.doc.Tokens
	p := t - 1
	for n := 0; p > sc.start && n < 3; n++ {
		if tg := toks[p].Tag; tg == annals.JJ || tg == annals.CD || tg == annals.VBN || (tg == annals.NN || tg == annals.VBP) && toks[p].Flags&annals.Cap == 0 {
			p-- // "its planned trade sanctions": modifiers, "trade" however tagged
			continue
		}
		break
	}
	if p <= sc.start || toks[p].Tag != annals.PRPS || toks[p].Norm != "its" && toks[p].Norm != "their" {
		return nil
	}
	if toks[p-1].Norm == "on" {
		return nil // "went on its visit": the verb of going tells it
	}
	return sc.resolveActorPronoun(p, nil)
}

// requestMaker returns the maker of a request or demand named by the noun
// at token t in an "of" phrase right after it: "the request of Prime
// Minister Boris Johnson", "at the request of the government". Nil when
// no actor opens the phrase.
func (sc *sentCtx) requestMaker(t int) []int {
	toks := sc.doc.Tokens
	k := t + 1
	if k+1 >= sc.end || toks[k].Norm != "of" {
		return nil
	}
	k++
	at := k
	if toks[k].Tag == annals.DT {
		k++
	}
	for i, mi := range sc.ments {
		// A name may take its article into the mention ("the European
		// Commission"), where a role word ("the company") may not: round 62.
		if st := sc.doc.Mentions[mi].Tokens.Start; st == k || st == at && at < k && toks[k].Flags&annals.Cap != 0 {
			return sc.coordinated(i)
		}
	}
	return nil
}

// answerVerbs are the verbs whose object is a request or demand put to
// their subject: "responded to Taiwan's request", "will comply with the
// request of Johnson", "fighting off demands by Congress". A verb that
// meets a market's demand ("meet Japan's demand for coal") is none.
var answerVerbs = map[string]bool{
	"respond": true, "reply": true, "comply": true, "reject": true, "accept": true, "approve": true,
	"grant": true, "refuse": true, "deny": true, "consider": true, "study": true, "examine": true,
	"welcome": true, "agree": true, "bow": true, "yield": true, "resist": true, "fight": true,
	"ignore": true, "heed": true, "turn": true, "rebuff": true, "spurn": true, "decline": true,
}

// addressee returns, for a request or demand named by the noun at token t
// whose maker is makers, the party it is put to: the subject of an answer
// verb whose object the noun phrase is ("the U.S. responded to Taiwan's
// request", "she will comply with the request of Johnson"), or of the main
// verb when the phrase is "at the request of" or "per request of" ("Per
// request of Johnson, the Queen suspended parliament"). Nil when there is
// no such verb, it is passive, or its subject is the maker.
func (sc *sentCtx) addressee(t, ci int, makers []int) []int {
	toks := sc.doc.Tokens
	j := t - 1
	for n := 0; j > sc.start && n < 6; n++ {
		switch toks[j].Tag {
		case annals.DT, annals.JJ, annals.PRPS, annals.CD, annals.POS, annals.NNP, annals.NNPS:
			j-- // "to Taiwan's formal request", "the U.S. request"
			continue
		}
		break
	}
	var vg *annals.VerbGroup

	switch toks[j].Norm {
	case "at", "per", "upon":
		// "at the request of the government": the main verb's subject
		// acts on it, before or after the phrase.
		if own := sc.requestMaker(t); len(own) == 0 || len(makers) == 0 || makers[0] < 0 || !sc.sameActor(own[0], makers[0]) {
			return nil // "at the request of Petrobras because of a strike by employees": the maker is the "of" phrase's
		}
		if j == sc.start {
			vg = sc.verbAfterComma(t)
		} else {
			vg = sc.verbBefore(j, ci)
		}
	case "under":
		// "the Japanese government, under pressure from the United
		// States, agreed": the subject acting under it.
		subj := sc.underPressure(t, j, ci)
		if len(subj) == 0 || sc.pressureDenied(j) || len(makers) > 0 && makers[0] >= 0 && subj[0] >= 0 && sc.sameActor(subj[0], makers[0]) {
			return nil
		}
		return subj
	case "to", "with", "off", "down":
		j-- // "responded to", "comply with", "fighting off", "turned down"
		fallthrough
	default:
		if j < sc.start || !toks[j].Tag.IsVerb() || !answerVerbs[lemma(&toks[j])] {
			return nil
		}
		vg = sc.verbBefore(j+1, ci)
		if vg != nil && vg.Tokens.End != j+1 {
			vg = nil
		}
	}
	if vg == nil || vg.Passive {
		return nil
	}
	subj, _ := sc.subject(vg, sc.clause(vg.Head))
	if !namedActors(subj) || len(makers) > 0 && makers[0] >= 0 && sc.sameActor(subj[0], makers[0]) {
		return nil
	}
	return subj
}
