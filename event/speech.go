package event

import (
	"fmt"
	"strings"

	"github.com/annals-project/annals"
)

// Statements aimed at a target inside reported speech. "X said Y did Z"
// codes Y's act; what X says about Y is an event of its own only when the
// reported clause's own words carry CAMEO content: "Lawson said the United
// States and Japan must work to avert a trade war" is Britain's appeal to
// both (020), "The United States should take urgent action to cut its
// deficit, the OECD said" the OECD's appeal to the United States; "said he
// hoped Bonn would bring forward its tax cuts" is an appeal too, and "said
// Japan was upset with America's half-hearted attempt" a criticism (111).
// A neutral report ("said Japan's exports
// rose") or a forecast ("said Japan should grow 3 pct") carries none.
// These rules run only in a sentence where nothing else was coded, so they
// never add a second reading to a coded sentence.

// speechHeads report a clause their speaker stands behind.
var speechHeads = map[string]bool{
	"say": true, "tell": true, "add": true, "state": true, "argue": true,
	"insist": true, "declare": true, "write": true, "stress": true,
	"suggest": true,
}

// forecastHeads after "should" or "must" say what will or must happen to
// a party, not what it is asked to do: "Japan should grow 3.5 pct", "the
// EC must be worried", "Japan must have known".
var forecastHeads = map[string]bool{
	"be": true, "have": true, "grow": true, "rise": true, "fall": true, "increase": true,
	"decline": true, "remain": true, "reach": true, "see": true, "show": true,
	"total": true, "come": true, "recover": true, "improve": true, "expand": true,
	"drop": true, "gain": true, "benefit": true, "stay": true, "exceed": true,
	"produce": true, "post": true, "record": true, "report": true, "get": true,
	"become": true, "face": true, "feel": true, "find": true, "know": true,
	"need": true, "pay": true, "receive": true, "suffer": true, "lose": true,
	"earn": true, "export": true, "import": true, "hit": true, "average": true,
	"help": true, "result": true, "follow": true, "go": true, "emerge": true,
}

// codeSpeech codes the speaker's statement to a target in the reported
// clauses of a sentence with no event; vi is the index of its first verb
// group in doc.Verbs.
func (c *Coder) codeSpeech(sc *sentCtx, vi int) {
	doc := sc.doc
	for v := vi; v < len(doc.Verbs) && doc.Verbs[v].Head < sc.end; v++ {
		if c.codeSaidAppeal(sc, vi, &doc.Verbs[v]) || c.codeHopedAct(sc, &doc.Verbs[v]) {
			return
		}
	}
	c.codeSaidStance(sc, vi)
}

// codeSaidAppeal codes "X said Y should|must ACT" and "Y should|must ACT,
// X said" (or "ought to", "needs to", "has to": obligation) as X's appeal
// to Y (020): the modal addresses Y what X would have it do. Y must open
// the reported clause as a named actor, not a pronoun (which is mostly
// the speaker's own "we must"); the act must be a deed, not a forecast, a
// passive or a perfect.
func (c *Coder) codeSaidAppeal(sc *sentCtx, vi int, vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	modal, md, act := sc.obligation(vi, vg)
	if act == nil || act.Passive || forecastHeads[lemma(&toks[act.Head])] || !toks[act.Head].Tag.IsVerb() {
		return false
	}
	// The target: a named actor (or a list of them) right before the modal.
	k := -1
	for i, mi := range sc.ments {
		if sc.doc.Mentions[mi].Tokens.End == md {
			k = i
			break
		}
	}
	if k < 0 {
		return false
	}
	tgts := sc.compound(k)
	if !namedActors(tgts) {
		return false
	}
	first := sc.doc.Mentions[tgts[0]].Tokens.Start
	for _, t := range tgts {
		m := &sc.doc.Mentions[t]
		if m.Implied || toks[m.Tokens.Start].Tag == annals.PRP || toks[m.Tokens.Start].Tag == annals.PRPS || m.Tokens.Start < first {
			return false
		}
	}
	// What opens the target's noun phrase: the start of the sentence, a
	// quote, "that" or the speech verb itself.
	open := first - 1
	for open >= sc.start && (toks[open].Tag == annals.DT || toks[open].Tag == annals.JJ) {
		open--
	}
	if open > sc.start && dayWord(toks[open].Norm) {
		open-- // "said today President Reagan must reconsider"
	}
	var sv *annals.VerbGroup
	switch {
	case open < sc.start || toks[open].Tag == annals.QUOTE:
		sv = sc.speechAfter(vi, vg)
	case toks[open].Norm == "that" || toks[open].Tag.IsVerb():
		if toks[open].Norm == "that" {
			open--
		}
		sv = sc.speechBefore(vi, open)
	}
	if sv == nil {
		return false
	}
	srcs, via := sc.subject(sv, sc.clause(sv.Head))
	if !namedActors(srcs) && sv.Head < vg.Head {
		return false
	}
	if !namedActors(srcs) {
		srcs = sc.actorNext(sv.Tokens.End) // "..., said Lawson"
		if srcs == nil {
			return false
		}
	}
	if sc.within(tgts, srcs) || sc.within(srcs, tgts) {
		return false
	}
	if sv.Head > vg.Head {
		// "..., the paper said": the speaker stands after the comma that
		// closes the reported clause, not inside it.
		comma := sv.Tokens.Start - 1
		for comma > vg.Head && sc.doc.Tokens[comma].Tag != annals.COMMA {
			comma--
		}
		for _, s := range srcs {
			if sc.doc.Mentions[s].Tokens.Start < comma {
				if srcs, via = sc.speakerAfterComma(comma, sv.Tokens.Start), ""; srcs == nil || sc.within(tgts, srcs) {
					return false
				}
				break
			}
		}
	}
	for _, t := range tgts {
		m := &sc.doc.Mentions[t]
		if len(m.Code) >= 6 && privateRole(m.Code[3:6]) {
			return false // "said banks must lend more", "the new company should start": no state addressed
		}
	}
	if sc.ownCountry(srcs, tgts) && sc.stateSpeakers(srcs) {
		return false // "Zhao said China should tighten imports": a state's own policy, no appeal to another
	}
	c.speechEvent(sc, sv, srcs, tgts, "020", modal+", "+lemma(&toks[sv.Head])+": an appeal reported", via)
	return true
}

// speechBefore returns the speech verb group that ends at token at (the
// word before the reported clause), or nil: "said", "told reporters".
func (sc *sentCtx) speechBefore(vi, at int) *annals.VerbGroup {
	toks := sc.doc.Tokens
	for v := vi; v < len(sc.doc.Verbs) && sc.doc.Verbs[v].Head <= at; v++ {
		sv := &sc.doc.Verbs[v]
		if sv.Tokens.End-1 != at && !(lemma(&toks[sv.Head]) == "tell" && at-sv.Tokens.End < 3 && at >= sv.Tokens.End) {
			continue
		}
		if speechHeads[lemma(&toks[sv.Head])] && !sv.Negated && !sv.Passive && toks[sv.Head].Tag != annals.VBG {
			return sv
		}
	}
	return nil
}

// speechAfter returns the speech verb group that closes the sentence
// after the reported clause of vg: "..., the paper said." "..., said
// Lawson." The verb must follow a comma (or a quote after one) and be
// the sentence's last verb group.
func (sc *sentCtx) speechAfter(vi int, vg *annals.VerbGroup) *annals.VerbGroup {
	toks := sc.doc.Tokens
	var last *annals.VerbGroup
	for v := vi; v < len(sc.doc.Verbs) && sc.doc.Verbs[v].Head < sc.end; v++ {
		last = &sc.doc.Verbs[v]
	}
	if last == nil || last.Head <= vg.Head || !speechHeads[lemma(&toks[last.Head])] || last.Negated || last.Passive {
		return nil
	}
	comma := -1
	for j := last.Tokens.Start - 1; j > vg.Head && j > last.Tokens.Start-10; j-- {
		if toks[j].Tag == annals.COMMA {
			comma = j
			break
		}
		if toks[j].Tag.IsVerb() || toks[j].Tag == annals.STOP {
			return nil
		}
	}
	if comma < 0 {
		return nil
	}
	return last
}

// actorNext returns the named actor that starts within two tokens of j.
func (sc *sentCtx) actorNext(j int) []int {
	for k, mi := range sc.ments {
		if s := sc.doc.Mentions[mi].Tokens.Start; s >= j && s < j+2 {
			if ms := sc.compound(k); namedActors(ms) {
				return ms
			}
			return nil
		}
	}
	return nil
}

// speechEvent appends the event of each speaker to each target, dated and
// placed by the speech verb sv.
func (c *Coder) speechEvent(sc *sentCtx, sv *annals.VerbGroup, srcs, tgts []int, code, why, via string) {
	doc := sc.doc
	info := c.info(code)
	vtext, vs, ve := doc.Span(sv.Tokens)
	notes := []string{why}
	if via != "" {
		notes = append(notes, "source via "+via)
	}
	notes = sc.corefNotes(notes, srcs, tgts)
	for _, s := range srcs {
		for _, t := range tgts {
			src, tgt := c.actorRef(doc, s, via), c.actorRef(doc, t, "")
			if tgt.Code == src.Code || c.private(src, tgt) || sc.duplicate(src.Code, tgt, code) {
				continue
			}
			doc.Events = append(doc.Events, annals.Event{
				Sentence: sc.si, Source: src, Target: tgt,
				Code: code, Root: info.Root, Plover: info.Plover, QuadClass: info.QuadClass, Goldstein: info.Goldstein,
				Date: sc.eventDate(sv), Location: sc.location(sv),
				Evidence: annals.Evidence{Verb: vtext, Start: vs, End: ve, Rule: "event/speech.go", Pattern: fmt.Sprintf("%s reported speech", code), Notes: notes},
			})
		}
	}
}

// stances are the adjectives by which a speaker states a stance towards
// what another party did or proposes, with the code of that stance:
// "Howard told reporters he was dissatisfied with the exchange's
// response" criticises the exchange (111), "said Spain was opposed to the
// Commission's plan" rejects it (120), "said he was pleased with Japan's
// offer" praises Japan (051). The stance needs a preposition after it.
var stances = map[string]string{
	"dissatisfied": "111", "unhappy": "111", "disappointed": "111", "displeased": "111",
	"angry": "111", "upset": "111", "critical": "111", "worried": "111",
	"opposed": "120", "against": "120",
	"pleased": "051", "satisfied": "051", "happy": "051", "delighted": "051", "grateful": "051",
}

// stanceFirst holds the first bytes of stances' words: codeSaidStance
// passes over most words of a sentence without the lookup.
var stanceFirst = func() (first [256]bool) {
	for w := range stances {
		first[w[0]] = true
	}
	return first
}()

// stancePreps may follow a stance adjective and name what it is about.
var stancePreps = map[string]bool{"with": true, "about": true, "at": true, "by": true, "over": true, "of": true, "to": true}

// degreeWords may stand between the copula and a stance: "was deeply
// disappointed".
var degreeWords = map[string]bool{"very": true, "deeply": true, "totally": true, "strongly": true, "extremely": true, "particularly": true, "most": true, "greatly": true, "also": true, "still": true, "firmly": true, "bitterly": true, "increasingly": true}

// codeSaidStance codes "X said he was STANCE PREP Y's ACT" (and "..., X
// said") as X's stance towards Y: the subject of the stance is the
// speaker, by a pronoun, or a named actor. It reports whether it coded.
func (c *Coder) codeSaidStance(sc *sentCtx, vi int) bool {
	toks := sc.doc.Tokens
	for j := sc.start + 2; j < sc.end-2; j++ {
		if w := toks[j].Norm; w == "" || !stanceFirst[w[0]] {
			continue
		}
		if !stanceFilter.May(toks[j].Norm) {
			continue
		}
		code := stances[toks[j].Norm]
		if code == "" {
			continue
		}
		if toks[j].Norm == "against" && toks[j+1].Tag != annals.DT && toks[j+1].Tag != annals.PRPS && !toks[j+1].Tag.IsNoun() {
			continue
		}
		prep := j + 1
		if toks[j].Norm != "against" {
			if !stancePreps[toks[prep].Norm] || toks[prep].Norm == "to" && code != "120" || toks[prep].Norm == "of" && toks[j].Norm != "critical" {
				continue
			}
		} else {
			prep = j
		}
		cop := j - 1
		for cop > sc.start && degreeWords[toks[cop].Norm] {
			cop--
		}
		if !copulas[toks[cop].Norm] || cop+1 < j && toks[cop+1].Norm == "not" {
			continue
		}
		// The target: an actor in the noun phrase after the preposition,
		// "the exchange's response", "Japan's offer", "U.S. protectionism".
		tgts := sc.actorInPhrase(prep + 1)
		if tgts == nil {
			continue
		}
		// The subject right before the copula: a pronoun for the speaker, or
		// a named actor.
		subj := cop - 1
		var srcs []int
		via := ""
		var sv *annals.VerbGroup
		if toks[subj].Tag == annals.PRP {
			open := subj - 1
			if open > sc.start && toks[open].Norm == "that" {
				open--
			}
			if sv = sc.speechBefore(vi, open); sv == nil {
				continue
			}
			srcs, via = sc.subject(sv, sc.clause(sv.Head))
			via = "coref"
		} else {
			k := -1
			for i, mi := range sc.ments {
				if sc.doc.Mentions[mi].Tokens.End == cop {
					k = i
				}
			}
			if k < 0 {
				continue
			}
			srcs = sc.compound(k)
			first := sc.doc.Mentions[srcs[0]].Tokens.Start - 1
			for first >= sc.start && (toks[first].Tag == annals.DT || toks[first].Tag == annals.JJ) {
				first--
			}
			switch {
			case first >= sc.start && toks[first].Norm == "that":
				sv = sc.speechBefore(vi, first-1)
			case first >= sc.start && toks[first].Tag.IsVerb():
				sv = sc.speechBefore(vi, first)
			case first < sc.start || toks[first].Tag == annals.QUOTE:
				sv = sc.speechAfter(vi, &annals.VerbGroup{Head: j})
			}
			if sv == nil {
				continue
			}
		}
		if !namedActors(srcs) || sc.within(tgts, srcs) || sc.within(srcs, tgts) || sc.ownCountry(srcs, tgts) {
			continue // "Baker said he was opposed to the U.S. selling a bond": his own country's act
		}
		c.speechEvent(sc, sv, srcs, tgts, code, "a stance towards another party's act, reported", via)
		return true
	}
	return false
}

// actorInPhrase returns the named actor (or list) in the noun phrase that
// starts at token j, or nil: "the exchange's response", "the government's
// monetary policies", "U.S. protectionism". The phrase ends at the first
// token that cannot be part of a noun phrase; "of" may join two nouns.
func (sc *sentCtx) actorInPhrase(j int) []int {
	toks := sc.doc.Tokens
	end := j
	for end < sc.end && end < j+8 && (sc.npToken(end) && toks[end].Tag != annals.PRP || toks[end].Norm == "of" && end > j) {
		end++
	}
	if end == j {
		return nil
	}
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start >= j && m.Tokens.Start < end {
			if m.Implied || toks[m.Tokens.Start].Tag == annals.PRPS {
				return nil
			}
			if ms := sc.compound(k); namedActors(ms) {
				return ms
			}
			return nil
		}
	}
	return nil
}

// ownCountry reports whether a target is the bare country of a speaker:
// what a state says its own country should do or did is its own policy,
// aimed at no other party.
func (sc *sentCtx) ownCountry(srcs, tgts []int) bool {
	for _, t := range tgts {
		tc := sc.doc.Mentions[t].Code
		if len(tc) != 3 {
			continue
		}
		for _, s := range srcs {
			if strings.HasPrefix(sc.doc.Mentions[s].Code, tc) {
				return true
			}
		}
	}
	return false
}

// hopeModals put the act a speaker hopes for after the party hoped of.
var hopeModals = map[string]bool{"will": true, "would": true, "can": true, "could": true}

// codeHopedAct codes "X hoped (that) Y would ACT" as X's appeal to Y
// (020): "Lawson said he hoped Bonn would bring forward its tax cuts",
// "Britain hopes France will resist". Y must be a named actor right
// after "hope" (and "that"), the modal right after Y, and the act a deed,
// not a forecast ("hopes Iran would be", "hoped Japan would grow").
func (c *Coder) codeHopedAct(sc *sentCtx, vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if lemma(&toks[vg.Head]) != "hope" || vg.Negated || vg.Passive || vg.Head != vg.Tokens.End-1 {
		return false
	}
	j := vg.Tokens.End
	if j < sc.end && toks[j].Norm == "that" {
		j++
	}
	tgts := sc.actorAt(j)
	if tgts == nil {
		return false
	}
	md := sc.doc.Mentions[tgts[len(tgts)-1]].Tokens.End
	if md+1 >= sc.end || toks[md].Tag != annals.MD || !hopeModals[toks[md].Norm] {
		return false
	}
	act := md + 1
	for act < sc.end-1 && toks[act].Tag == annals.RB && toks[act].Norm != "not" {
		act++
	}
	if toks[act].Tag != annals.VB || forecastHeads[lemma(&toks[act])] {
		return false
	}
	srcs, via := sc.subject(vg, sc.clause(vg.Head))
	if !namedActors(srcs) || sc.within(tgts, srcs) || sc.within(srcs, tgts) || sc.ownCountry(srcs, tgts) {
		return false
	}
	for _, t := range tgts {
		if m := &sc.doc.Mentions[t]; len(m.Code) >= 6 && privateRole(m.Code[3:6]) {
			return false // "hoped Esso can assist": a firm, no state addressed
		}
	}
	c.speechEvent(sc, vg, srcs, tgts, "020", "hoped another party would act: an appeal", via)
	return true
}

// actorAt returns the named actor (or list) whose noun phrase starts at
// token j, a determiner aside (the mention may hold it: "the Japanese"),
// or nil.
func (sc *sentCtx) actorAt(j int) []int {
	toks := sc.doc.Tokens
	dt := j
	if j < sc.end && toks[j].Tag == annals.DT {
		j++
	}
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start == dt {
			j = dt
		}
		if m.Tokens.Start == j {
			if m.Implied || toks[j].Tag == annals.PRP || toks[j].Tag == annals.PRPS {
				return nil
			}
			if ms := sc.compound(k); namedActors(ms) {
				return ms
			}
			return nil
		}
		if m.Tokens.Start > j {
			return nil
		}
	}
	return nil
}
