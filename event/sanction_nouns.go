package event

import (
	annals "github.com/annals-project/annals"
)

// Round 60: sanctions, tariffs and embargoes named by a noun whose
// imposer the noun's own phrase does not name the usual way. A country
// modifying the noun imposes it even when the phrase follows a preposition
// ("news of pending U.S. trade sanctions against Japan"; nounOwner and
// adjectiveOwner leave a modifier after a preposition alone, for most nouns
// rightly: "a rise in U.S. imports"). Sanctions "imposed against" a party
// are the party's who lifts them ("hopes the U.S. will soon be able to lift
// sanctions imposed against Japan"), or the subject's of a relative clause
// after the noun ("the tariffs President Reagan has ordered imposed on
// Japanese exports"). Two mends of rounds 57 and 58 ride along: pressure
// denied presses nobody, and a legal battle is no force.

// sanctionNouns are the heads whose modifying country imposes them.
var sanctionNouns = map[string]bool{
	"sanction": true, "tariff": true, "embargo": true, "duty": true,
}

// easingNouns name a cut in what follows "of" or "in": "cuts in U.S.
// tariffs on Canadian lumber" tells of a tariff lowered, not imposed.
var easingNouns = map[string]bool{
	"cut": true, "cuts": true, "reduction": true, "reductions": true,
	"lowering": true, "elimination": true, "abolition": true, "easing": true,
	"relaxation": true, "phasing": true,
}

// sanctionMaker returns the actor modifying the sanction noun at token t
// when the phrase opens after a preposition ("of U.S. trade sanctions"), as
// a one-element list, or nil: for other nouns, for a modifier that is not
// set right before the noun's own modifiers (at most three adjectives,
// nouns or participles: "pending U.S. trade sanctions"), for a mention that
// is part of a longer name, and after a word of cutting ("cuts in U.S.
// tariffs").
func (sc *sentCtx) sanctionMaker(t int) []int {
	toks := sc.doc.Tokens
	if !sanctionNouns[lemma(&toks[t])] {
		return nil
	}
	j := t - 1
	for n := 0; j > sc.start && n < 3; n++ {
		if sc.mentionEndingAt(j+1) >= 0 {
			break // "American trade sanctions": the adjective is the maker
		}
		switch toks[j].Tag {
		case annals.JJ, annals.NN, annals.VBN, annals.VBG:
			j--
			continue
		}
		if toks[j].Norm == "trade" {
			j-- // "U.S. trade sanctions", "trade" however tagged
			continue
		}
		break
	}
	mi := sc.mentionEndingAt(j + 1)
	if mi < 0 {
		return nil
	}
	m := &sc.doc.Mentions[mi]
	if m.Part.End != 0 {
		return nil // "the Bank of Japan"'s "Japan" is no maker
	}
	if p := m.Tokens.Start - 1; p > sc.start && easingNouns[toks[p-1].Norm] {
		return nil // "cuts in U.S. tariffs", "the elimination of Japanese duties"
	}
	return []int{mi}
}

// liftVerbs are the verbs whose subject, lifting or keeping sanctions "imposed
// against" a party, is the one that imposed them.
var liftVerbs = map[string]bool{
	"lift": true, "ease": true, "remove": true, "relax": true, "suspend": true,
	"waive": true, "end": true,
}

// sanctionHolder returns the party that lifts or eases the sanctions named
// by the noun at token t when a participle of imposing follows the noun and
// names their target ("hopes the U.S. will soon be able to lift sanctions
// imposed against Japan", "urged Yeutter to lift the trade sanctions
// imposed against Japan"): the subject of the lifting verb, which only the
// imposer can do. Nil for other shapes, a passive or negated verb, and a
// subject that is no named actor.
func (sc *sentCtx) sanctionHolder(t int) []int {
	toks := sc.doc.Tokens
	if !sanctionNouns[lemma(&toks[t])] || t+1 >= sc.end || toks[t+1].Tag != annals.VBN {
		return nil
	}
	switch lemma(&toks[t+1]) {
	case "impose", "levy", "slap":
	default:
		return nil
	}
	j := t - 1
	for n := 0; j > sc.start && n < 4; n++ {
		switch tg := toks[j].Tag; {
		case tg == annals.DT, tg == annals.JJ, tg == annals.NN, toks[j].Norm == "trade":
			j--
			continue
		}
		break
	}
	if !toks[j].Tag.IsVerb() || !liftVerbs[lemma(&toks[j])] {
		return nil
	}
	if t+2 < sc.end && toks[t+2].Norm == "by" {
		return nil // "sanctions imposed by Canada on Japan": the agent imposed them
	}
	vg := sc.verbBefore(j+1, -1)
	if vg == nil || vg.Tokens.End != j+1 || vg.Passive || vg.Negated {
		return nil
	}
	subj, _ := sc.subject(vg, sc.clause(vg.Head))
	if k := vg.Tokens.Start - 1; !namedActors(subj) && k > sc.start && toks[k].Norm == "to" {
		subj = sc.infinitiveDoer(k)
	}
	if !namedActors(subj) {
		return nil
	}
	return subj
}

// infinitiveDoer returns who does the act of an infinitive whose "to" is
// at token k: the actor right before it, asked to act by the verb before
// that ("urged Yeutter to lift"), or else the subject of a verb group
// ending right before "to" or before one adjective ("will be able to
// lift", "is ready to ease"). Nil when neither is found.
func (sc *sentCtx) infinitiveDoer(k int) []int {
	toks := sc.doc.Tokens
	if mi := sc.mentionEndingAt(k); mi >= 0 {
		m := &sc.doc.Mentions[mi]
		if b := m.Tokens.Start - 1; b >= sc.start && toks[b].Tag.IsVerb() {
			return []int{mi}
		}
		return nil
	}
	prev := sc.verbBefore(k, -1)
	if prev == nil || prev.Passive || prev.Negated {
		return nil
	}
	if gap := k - prev.Tokens.End; gap > 1 || gap == 1 && toks[k-1].Tag != annals.JJ {
		return nil
	}
	subj, _ := sc.subject(prev, sc.clause(prev.Head))
	return subj
}

// pressureDenied reports whether the "under" at token j that governs a
// pressure noun is denied: "was now no longer under any pressure from the
// U.S. Government", "Japan is not under pressure". Nobody is pressed then.
func (sc *sentCtx) pressureDenied(j int) bool {
	toks := sc.doc.Tokens
	if j+1 < sc.end && toks[j+1].Norm == "no" {
		return true // "under no pressure"
	}
	for k, n := j-1, 0; k >= sc.start && n < 3; k, n = k-1, n+1 {
		switch toks[k].Norm {
		case "not", "n't", "never", "longer":
			return true // "no longer under", "is not under", "never came under"
		}
		if toks[k].Tag != annals.RB && !toks[k].Tag.IsVerb() {
			return false
		}
	}
	return false
}

// lawsuitNouns are the contests a firm or government fights in court or on
// the market; legalWords the modifiers that put a battle there.
var (
	lawsuitNouns = map[string]bool{
		"lawsuit": true, "suit": true, "case": true, "litigation": true,
	}
	legalWords = map[string]bool{
		"legal": true, "court": true, "courtroom": true, "judicial": true,
		"takeover": true, "proxy": true, "bidding": true, "antitrust": true,
		"patent": true, "boardroom": true,
	}
)

// legalFight reports whether a verb of combat takes as its object a legal
// or takeover contest ("fights a legal battle with Pennzoil", "fought a
// lawsuit brought by", "is battling a takeover bid"): a contest in court or
// on the market, no use of force.
func (sc *sentCtx) legalFight(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	switch lemma(&toks[vg.Head]) {
	case "fight", "battle", "wage":
	default:
		return false
	}
	legal := false
	for j, n := vg.Tokens.End, 0; j < sc.end && n < 5; j, n = j+1, n+1 {
		t := &toks[j]
		if legalWords[t.Norm] {
			legal = true
			continue
		}
		if lawsuitNouns[lemma(t)] {
			return true
		}
		switch t.Tag {
		case annals.DT, annals.JJ, annals.PRPS, annals.RB:
			continue
		}
		return legal && t.Tag.IsNoun()
	}
	return false
}

// codeSanctionRelative codes sanctions named by the noun at token t whose
// imposer is the subject of a relative clause right after it, with no
// "that": "the selective economic sanctions it imposed on Japanese
// imports", "the penalty tariffs President Reagan has ordered imposed on
// Japanese exports" (163 from the clause's subject to the actor opening
// the "on" or "against" phrase). The clause's subject is an actor or
// "it"/"they" standing for one, and a past or participle of imposing,
// after at most two words of ordering ("has ordered"), ends it. The noun
// patterns cannot reach the target across the clause's border. It reports
// whether it coded.
func (c *Coder) codeSanctionRelative(sc *sentCtx, t int, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	if l := lemma(&toks[t]); !sanctionFilter.May(l) || !sanctionNouns[l] || t+4 >= sc.end {
		return false
	}
	k, pronoun := t+1, -1
	subj := []int(nil)
	switch toks[k].Norm {
	case "it", "they":
		pronoun = k
		k++
	default:
		if mi := sc.mentionStartingAt(k); mi >= 0 {
			subj, k = []int{mi}, sc.doc.Mentions[mi].Tokens.End
		} else {
			return false
		}
	}
	for n := 0; n < 2 && k < sc.end; n++ {
		switch lemma(&toks[k]) {
		case "have", "order", "announce", "decide":
			k++ // "has ordered imposed"
		}
	}
	if k+2 >= sc.end {
		return false
	}
	switch lemma(&toks[k]) {
	case "impose", "levy", "slap":
	default:
		return false
	}
	if tg := toks[k].Tag; tg != annals.VBD && tg != annals.VBN || toks[k+1].Norm != "on" && toks[k+1].Norm != "against" {
		return false
	}
	tgt := sc.mentionStartingAt(k + 2)
	if tgt < 0 {
		return false
	}
	if pronoun >= 0 {
		subj = sc.resolveActorPronoun(pronoun, []int{tgt}) // resolved last: it adds a mention
	}
	if !namedActors(subj) || sc.sameActor(tgt, subj[0]) {
		return false
	}
	for _, id := range c.dict.NounsFor(lemma(&toks[t])) {
		if v := &c.dict.Verbs[id]; v.Code == "163" {
			vg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 1}, Head: t, Clause: sc.clause(t)}
			c.emit(sc, vg, v, subj, []int{tgt}, "", []string{"event named by a noun", "imposer named by the relative clause after it"}, venue)
			return true
		}
	}
	return false
}
