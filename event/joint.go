package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// joint reports whether an event of code code, told by verb group vg, is
// an act two parties do together, so that the target does it to the source
// as much as the source to the target: talks and negotiations ("Reagan had
// talks with Moi": Kenya talks with the United States too) and agreements
// signed with someone. A meeting or a conversation is not: its host or
// caller is one side ("the Taliban met with Khalilzad", "Raab spoke with
// Pompeo"), though a meeting of two parties told with "meet" goes both
// ways through metBothWays. Only for annals' own dictionaries; imported
// ones spell reciprocity out ("[A:B]").
func (c *Coder) joint(sc *sentCtx, vg *annals.VerbGroup, code string) bool {
	if c.dict.NoCountry != "" {
		return false
	}
	switch code {
	case "046":
		return true // negotiating is done with each other
	case "057":
		// "signed an agreement with", not "agreed with X to": one side
		// agreeing to the other's terms.
		return !sc.agreedByVerb(vg)
	case "036", "040", "043":
		// Talks promised, held or negotiated: "open trade talks", "had
		// talks with", not "spoke with" or "met" (metEachOther), nor a trip
		// "for talks", which the traveller makes alone.
		if tripVerbs[lemma(&sc.doc.Tokens[vg.Head])] {
			return false
		}
		return sc.wordNear(vg, 4, "talk") || sc.wordNear(vg, 4, "negotiat")
	}
	return false
}

// wordNear reports whether a word of verb group vg, or of the n words after
// it, begins with prefix (lower case).
func (sc *sentCtx) wordNear(vg *annals.VerbGroup, n int, prefix string) bool {
	end := min(vg.Tokens.End+n, sc.end)
	for i := vg.Tokens.Start; i < end; i++ {
		if strings.HasPrefix(sc.doc.Tokens[i].Norm, prefix) {
			return true
		}
	}
	return false
}

// betweenParties returns the parties of talks named by the noun at token t
// and a "between" phrase ("talks between Kuroda and Smith", "the talks
// between the Letter Carriers Union and Canada Post"): each is the other's
// partner. Nil unless two or more actors are named.
func (sc *sentCtx) betweenParties(t, limit, ci int) []int {
	for n := 0; n < 3 && t+1 < limit; n++ {
		if e := sc.venuePhrase(t+1, limit); sc.own && e > t+1 {
			t = e - 1 // "a summit in Ottawa next month between": where, before the parties
			continue
		}
		switch sc.doc.Tokens[t+1].Tag {
		case annals.RB, annals.JJ, annals.NN, annals.CD:
			t++ // "talks here between", "talks last week between"
			continue
		case annals.VBN, annals.VBD:
			if sc.own && t+2 < limit && sc.doc.Tokens[t+2].Norm == "between" {
				t++ // "the agreement signed between": a participle, however tagged
				continue
			}
		case annals.IN:
			if sc.own && sc.doc.Tokens[t+1].Norm == "of" && t+2 < limit && sc.doc.Tokens[t+2].Tag == annals.NN {
				t += 2 // "the memoranda of understanding between"
				continue
			}
		}
		break
	}
	if sc.own {
		t = sc.underway(t+1, limit) - 1 // "Talks are underway between"
	}
	if t+1 >= limit || sc.doc.Tokens[t+1].Norm != "between" {
		return nil
	}
	if objs := sc.firstActorFrom(t+2, limit, ci, false); len(objs) > 1 {
		return objs
	}
	return nil
}

// nounFuture reports whether the event named by the noun at token t lies
// ahead: "laying the groundwork for talks", "moving towards talks", "the
// proposed talks", "two rounds of talks ..., scheduled for Thursday".
// Cooperation not yet done is coded as the intent (root 03).
func (sc *sentCtx) nounFuture(t, limit int) bool {
	if sc.own && sc.laterDated(t, limit) {
		return true // "watching for a probable meeting", "talks ... on October 27": dated_meetings.go
	}
	toks := sc.doc.Tokens
	for j, n := t-1, 0; j >= sc.start && n < 4; j, n = j-1, n+1 {
		switch toks[j].Norm {
		case "towards", "toward", "planned", "proposed", "upcoming", "future", "scheduled":
			return true
		case "for":
			// "the groundwork for talks", not "met for talks".
			return j > sc.start && toks[j-1].Tag.IsNoun()
		case "of":
			// "the announcement of his visit to Moscow", "on the eve of
			// talks with": a visit or talks still to come.
			if j > sc.start && aheadNouns[toks[j-1].Norm] {
				return true
			}
		}
		if tg := toks[j].Tag; tg != annals.DT && tg != annals.JJ && tg != annals.CD && tg != annals.POS && tg != annals.PRPS && !tg.IsNoun() {
			break
		}
	}
	if sc.datedAhead(t, limit) {
		return true
	}
	for j := t + 1; j < limit && j < t+12; j++ {
		if toks[j].Tag.IsVerb() && (toks[j].Norm == "scheduled" || toks[j].Norm == "planned") {
			return true
		}
		if toks[j].Tag.IsVerb() && toks[j].Tag != annals.VBN && toks[j].Tag != annals.VBG {
			break
		}
	}
	return sc.own && (sc.setAhead(t, limit) || sc.plannedNoun(t, limit)) // round 71: "a meeting ... was set for next Wednesday"; planned_nouns.go
}

// aheadNouns name what comes before an event that has not yet taken
// place: "the announcement of his visit", "on the eve of talks".
var aheadNouns = map[string]bool{
	"announcement": true, "eve": true, "prospect": true, "preparation": true, "preparations": true,
	"ahead": true, // "speaking ahead of a meeting later today between": the meeting is to come
}

// datedAhead reports whether the noun at token t and the parties named
// after it are dated by a time to come: "Nakasone's talks with Reagan later
// this month", "a visit to Japan next week". Only the noun's own phrase
// counts: "after talks with Kohl ahead of her visit to Moscow next week"
// dates the visit, not the talks.
func (sc *sentCtx) datedAhead(t, limit int) bool {
	toks := sc.doc.Tokens
	for j := t + 1; j < limit && j < t+10; j++ {
		switch toks[j].Norm {
		case "tomorrow":
			return true
		case "next":
			return j+1 < limit && (timeWords[toks[j+1].Norm] || toks[j+1].Norm == "week" || toks[j+1].Norm == "month" || toks[j+1].Norm == "year")
		case "later":
			return j+1 < limit && (toks[j+1].Norm == "this" || toks[j+1].Norm == "in")
		case "with", "to", "between", "and", "the", "of":
			continue
		}
		if sc.mentionIn(annals.Range{Start: j, End: j + 1}) < 0 && !sc.destinationCity(j) {
			return false
		}
	}
	return false
}

// private reports whether both parties of an event are people or bodies
// outside politics, of one country or two: workers and their employers, a
// firm and its customers, a bank and a foreign borrower. Their dealings are economic or private news, not the
// political interaction event data records ("metal workers broke off talks
// with employers"). Only for annals' own dictionaries.
func (c *Coder) private(src, tgt *annals.ActorRef) bool {
	if c.dict.NoCountry != "" || len(src.Code) < 6 || len(tgt.Code) < 6 {
		return false
	}
	return privateRole(src.Code[3:6]) && privateRole(tgt.Code[3:6])
}

// privateAlone reports whether an event with no target has a source
// outside politics: a firm, union, farmers or ordinary people acting on no
// one named. The convention codes such actors only when a political actor
// acts on them or they on it; their protests (root 14) are aimed at the
// government and stay.
func (c *Coder) privateAlone(src *annals.ActorRef, root string) bool {
	if c.dict.NoCountry != "" || len(src.Code) < 6 || root == "14" {
		return false
	}
	return privateRole(src.Code[3:6])
}

// privateRole reports whether a CAMEO role code names people or bodies
// outside the state and organised politics.
func privateRole(role string) bool {
	switch role {
	case "BUS", "LAB", "CVL", "AGR", "EDU", "MED", "HLH":
		return true
	}
	return false
}

// infinitiveHost returns the verb group whose subject an infinitive with no
// subject of its own shares, or nil: the verb right before it ("would
// leave Monday to attend": Chung attends), or, for a second infinitive
// joined by "and", the first one's host ("to attend the meeting and to
// hold talks": Chung holds the talks, not the meeting).
func (sc *sentCtx) infinitiveHost(vg *annals.VerbGroup) *annals.VerbGroup {
	toks := sc.doc.Tokens
	to := vg.Tokens.Start - 1
	if to <= sc.start || toks[to].Tag != annals.TO {
		return nil
	}
	j := to - 1
	if toks[j].Tag == annals.CC {
		// The first infinitive of the pair: the nearest "to" + verb before.
		for k := j - 1; k > sc.start && k > j-16; k-- {
			if toks[k].Tag == annals.TO && toks[k+1].Tag.IsVerb() {
				if first := sc.verbAfter(k+1, sc.clause(k+1)); first != nil && first.Tokens.Start == k+1 {
					return sc.infinitiveHost(first)
				}
				return nil
			}
		}
		return nil
	}
	// Up to two words of time or manner between: "leave Monday to attend".
	for n := 0; n < 2 && j > sc.start && (toks[j].Tag == annals.RB || toks[j].Tag == annals.NNP && toks[j].Flags&annals.Cap != 0 && sc.mentionIn(annals.Range{Start: j, End: j + 1}) < 0); n++ {
		j--
	}
	prev := sc.verbBefore(to, -1)
	if prev == nil || prev.Tokens.End != j+1 {
		return nil
	}
	return prev
}

// warningAbout reports whether "warn +" tells the party warned of something
// another will do or may happen, not of the speaker's own act: "warned the
// administration that Giuliani could be a conduit", "warned a national
// election campaign could harm the economy". Only the speaker's own act
// ahead ("warned the United States it may take retaliatory measures") is a
// threat. The clause after the party warned (and "that") must start with a
// noun phrase that is neither a pronoun nor the speaker's actor. A warning
// that the party "must" or "should" act is a demand, see warnedToAct.
func (sc *sentCtx) warningAbout(vg *annals.VerbGroup, tgts []int) bool {
	toks := sc.doc.Tokens
	i := vg.Tokens.End
	if len(tgts) > 0 && tgts[0] >= 0 {
		if m := &sc.doc.Mentions[tgts[len(tgts)-1]]; m.Tokens.Start >= i && m.Tokens.Start <= i+1 {
			i = m.Tokens.End
		}
	}
	for j := vg.Tokens.End; j < sc.end; j++ {
		if n := toks[j].Norm; strings.HasPrefix(n, "retaliat") || strings.HasPrefix(n, "reprisal") {
			return false // "could prompt retaliation by U.S. trading partners": a threat
		}
	}
	if i < sc.end && toks[i].Tag == annals.IN && toks[i].Norm != "of" && toks[i].Norm != "about" && toks[i].Norm != "against" {
		// "warned Israel in a report that ...": past the phrase to the clause.
		for j := i + 1; j < sc.end && j < i+6; j++ {
			if toks[j].Norm == "that" {
				i = j
				break
			}
		}
	}
	if i < sc.end && toks[i].Norm == "that" {
		i++
	}
	if i >= sc.end {
		return false
	}
	switch toks[i].Tag {
	case annals.PRP, annals.IN, annals.TO, annals.COMMA:
		return false // "warned them it would", "warned of reprisals", "warned against"
	}
	// A clause of its own: a finite verb within a few words.
	for j := i + 1; j < sc.end && j < i+8; j++ {
		switch t := toks[j].Tag; {
		case t == annals.MD, t == annals.VBZ, t == annals.VBD, t == annals.VBP:
			return toks[j].Norm != "must" && toks[j].Norm != "should" // "must be significant": a demand

		case t == annals.COMMA:
			return false
		}
	}
	return false
}

// warnedToAct reports whether "warn +" tells the party warned what it must
// do: "warned Tokyo its promised economic package must be significant" is
// a demand (100), not a threat.
func (sc *sentCtx) warnedToAct(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+12; j++ {
		// "its promised package": a participle after a possessive or
		// determiner modifies a noun.
		if toks[j].Tag == annals.COMMA || toks[j].Tag.IsVerb() && toks[j-1].Tag != annals.PRPS && toks[j-1].Tag != annals.DT {
			return false
		}
		if toks[j].Tag == annals.MD {
			return toks[j].Norm == "must" || toks[j].Norm == "should"
		}
	}
	return false
}

// disputeVerbs quarrel with each other: "Britain and Japan clashed over",
// "the two parties wrangled over".
var disputeVerbs = map[string]bool{"clash": true, "quarrel": true, "spar": true, "feud": true, "bicker": true, "wrangle": true, "squabble": true}

// dispute reports whether pattern v is a verbal dispute (root 11) that
// several actors named together have with each other, like the cooperation
// that mutual codes. Only for annals' own dictionaries.
func (c *Coder) dispute(v *dict.Verb) bool {
	if c.dict.NoCountry != "" || len(v.Items) == 0 || !strings.HasPrefix(v.Code, "11") {
		return false
	}
	for _, w := range v.Items[0].Alts {
		if disputeVerbs[w] {
			return true
		}
	}
	// "blamed one another", "laid the blame on the other": a reciprocal
	// word in the pattern makes any root-11 act a dispute.
	for _, it := range v.Items[1:] {
		for _, w := range it.Alts {
			if w == "other" || w == "another" {
				return true
			}
		}
	}
	return false
}

// askedOf returns, for a demand or request named by the noun at token t
// with its maker after "by" or "from", the party it is made of: the subject
// of the verb whose object the noun is ("Sudan has rejected a demand by the
// IMF", "the government had agreed to demands by the five"). Nil when the
// noun is no such object or its subject is the maker.
func (sc *sentCtx) askedOf(t, ci int, makers []int) []int {
	toks := sc.doc.Tokens
	if t+1 >= sc.end || toks[t+1].Norm != "by" && toks[t+1].Norm != "from" {
		return nil
	}
	j := t - 1
	for n := 0; j > sc.start && n < 4; n++ {
		switch toks[j].Tag {
		case annals.DT, annals.JJ, annals.PRPS, annals.CD, annals.TO:
			j--
			continue
		}
		if toks[j].Norm == "to" { // "agreed to demands"
			j--
			continue
		}
		break
	}
	vg := sc.verbBefore(j+1, ci)
	if vg == nil || vg.Tokens.End != j+1 || vg.Passive {
		return nil
	}
	subj, _ := sc.subject(vg, ci)
	if len(subj) == 0 || len(makers) > 0 && makers[0] >= 0 && sc.sameActor(subj[0], makers[0]) {
		return nil
	}
	return subj
}

// modifierOnly reports whether actor mention mi only modifies the common
// noun right after it ("U.S. government bonds", "Japanese goods"): it names
// whose thing is meant, not a party spoken to or about.
func (sc *sentCtx) modifierOnly(mi int) bool {
	m := &sc.doc.Mentions[mi]
	e := m.Tokens.End
	if e >= sc.end || m.Part.End > 0 {
		return false
	}
	t := &sc.doc.Tokens[e]
	return (t.Tag == annals.NN || t.Tag == annals.NNS) && t.Flags&annals.Cap == 0
}

// talksHost returns the party that holds the talks or meeting named by the
// noun at token t when the noun stands in a phrase of time after a verb:
// in "Camdessus made the pledge during talks with Moi" and "It made the
// statement after talks with Canadian officials" the subject of the verb
// took part in the talks. Nil when there is no such phrase or subject.
func (sc *sentCtx) talksHost(t int) []int {
	subj, _ := sc.talksHostVerb(t)
	return subj
}

// talksHostVerb is talksHost that also returns the host's verb group, whose
// mode the talks share: "would offer a draft treaty at talks with the
// Soviet Union tomorrow" makes the talks a plan.
func (sc *sentCtx) talksHostVerb(t int) ([]int, *annals.VerbGroup) {
	toks := sc.doc.Tokens
	j := sc.talksPrep(t)
	if j < sc.start {
		return nil, nil // "Talks with Uganda resumed" opening the document
	}
	switch toks[j].Norm {
	case "after", "during", "following":
	case "before", "ahead", "to":
		// "bought U.S. corn ahead of trade talks with U.S. officials",
		// "announced tariff cuts shortly before trade talks with
		// Washington", "prior to talks with": the subject acts in view of
		// talks it is to hold, which lie ahead (talksBefore).
		if !sc.talksBefore(t) {
			return nil, nil
		}
		if toks[j].Norm == "to" {
			j-- // "prior"
		}
	case "from":
		// "said on return from talks in New York with U.S. officials",
		// "returning from talks with": back from talks one took part in.
		if j > sc.start && sc.tripFromTalks(j) {
			break // round 61: "had flown to West Germany from talks with Mitterrand"
		}
		if j == sc.start || !strings.HasPrefix(toks[j-1].Norm, "return") {
			return nil, nil
		}
		j-- // the host verb stands before "return", not "return" itself
		if j > sc.start && (toks[j-1].Norm == "on" || toks[j-1].Norm == "upon") {
			j--
		}
	case "for":
		// "is sending Shultz to Moscow for talks with", "was invited to
		// Caracas for talks with": a trip made for the talks, whose
		// traveller (or sender, of the same government) is a party.
		return sc.tripForTalks(j)
	case "at", "in":
		// "would offer a treaty at talks with", "is in talks with": the
		// subject acts inside the talks, so it is one of their parties.
		// "in" must follow the verb itself: "progress in talks with" names
		// the talks of a noun, not of the subject, unless an actor owns
		// that noun: "weakened Taiwan's position in talks with Washington".
		if j > sc.start && toks[j].Norm == "in" && !toks[j-1].Tag.IsVerb() {
			if owner, vg := sc.ownerInTalks(j); owner != nil {
				return owner, vg
			}
			// "had made progress in talks with Shultz", "made the
			// remark yesterday in talks with Saito": the noun is what
			// the subject made or did inside the talks.
			return sc.objectInTalks(j)
		}
		if j == sc.start && toks[j].Norm == "in" {
			// "In talks with Kato yesterday, Lyng and Yeutter asked
			// Japan": the phrase opens the sentence and the subject
			// after its comma took part, as with "after".
			break
		}
		if j == sc.start || toks[j-1].Tag == annals.COMMA {
			return nil, nil
		}
	default:
		return nil, nil
	}
	vg := sc.verbBefore(j, -1)
	if vg == nil || sc.doc.Tokens[vg.Head].Tag == annals.VBG && vg.Tokens.Start == sc.start {
		// A phrase opening the sentence ("In a press conference after
		// talks with Korean leaders, Baldrige called ..."; "Speaking after
		// talks with Suharto, Conable said"): the host is the subject of the
		// main verb after the comma that closes it.
		vg = sc.verbAfterComma(t)
	}
	if vg == nil {
		return nil, nil
	}
	var subj []int
	if !vg.Passive {
		subj, _ = sc.subject(vg, sc.clause(vg.Head))
		if len(subj) == 0 {
			subj, _ = sc.pronounSource(vg, sc.clause(vg.Head)) // "It made the statement after talks with Canadian officials"
		}
	}
	if !namedActors(subj) {
		// "He said the system would be reintroduced after current talks
		// with the World Bank": a host with no actor for subject leaves the
		// talks to the one who reports them, when the partner is named
		// right after "with" ("progress in talks with commercial banks
		// for loans to Argentina" names no partner).
		if !sc.partnerNext(t) {
			return nil, nil
		}
		return sc.talksSpeaker(vg)
	}
	return subj, vg
}

// namedActors reports whether ms holds at least one mention and no
// noActor.
func namedActors(ms []int) bool {
	for _, mi := range ms {
		if mi == noActor {
			return false
		}
	}
	return len(ms) > 0
}

// partnerNext reports whether an actor is named right after "with" that
// follows the talks noun at t, a determiner aside.
func (sc *sentCtx) partnerNext(t int) bool {
	toks := sc.doc.Tokens
	k := t + 1
	if k >= sc.end || toks[k].Norm != "with" {
		return false
	}
	for _, mi := range sc.ments {
		if st := sc.doc.Mentions[mi].Tokens.Start; st == k+1 || st == k+2 && toks[k+1].Tag == annals.DT {
			return true
		}
	}
	return false
}

// ownerInTalks returns the actor owning the noun before "in" at token j
// and the verb before that noun: "weakened Taiwan's position in talks with
// Washington", "Japan's negotiators in talks with" name a party of the
// talks by the possessive alone. A bare modifier ("U.S. progress in
// talks") is not enough.
func (sc *sentCtx) ownerInTalks(j int) ([]int, *annals.VerbGroup) {
	toks := sc.doc.Tokens
	n := j - 1
	if toks[n].Tag != annals.NN && toks[n].Tag != annals.NNS {
		return nil, nil
	}
	k := n - 1
	for k > sc.start && toks[k].Tag == annals.JJ {
		k--
	}
	if k <= sc.start || toks[k].Tag != annals.POS {
		return nil, nil
	}
	owner := sc.nounOwner(n)
	vg := sc.verbBefore(k, -1)
	if !namedActors(owner) || vg == nil || vg.Negated {
		return nil, nil
	}
	return owner, vg
}

// objectInTalks returns the subject of the verb whose object is the noun
// before "in" at token j, and that verb: "he had made progress in talks
// with Shultz", "made the remark yesterday in talks with Saito". Between
// verb and noun stand only determiners and modifiers, after the noun at
// most a day word. A verb of saying is left out ("said progress in talks
// with" reports someone's talks, which reportedTalks reads), and so are
// passive and negated verbs.
func (sc *sentCtx) objectInTalks(j int) ([]int, *annals.VerbGroup) {
	toks := sc.doc.Tokens
	n := j - 1
	if n > sc.start && dayWords[toks[n].Norm] {
		n--
	}
	if toks[n].Tag != annals.NN && toks[n].Tag != annals.NNS || toks[n].Flags&annals.Cap != 0 {
		return nil, nil
	}
	k := n - 1
	for m := 0; k > sc.start && m < 3; m++ {
		switch toks[k].Tag {
		case annals.DT, annals.JJ, annals.PRPS, annals.CD, annals.NN:
			k--
			continue
		}
		break
	}
	vg := sc.verbBefore(n, -1)
	if vg == nil || vg.Tokens.End != k+1 || vg.Passive || vg.Negated {
		return nil, nil
	}
	switch lemma(&toks[vg.Head]) {
	case "say", "add", "tell", "report", "see", "expect", "predict", "hope", "want", "seek", "urge", "demand":
		return nil, nil
	}
	subj, _ := sc.subject(vg, sc.clause(vg.Head))
	if !namedActors(subj) {
		return nil, nil
	}
	return subj, vg
}

// talksSpeaker returns the speaker of the sentence and the speech verb when
// the verb group vg, which the talks hang on, stands in what a named actor
// says: "He said the system would be reintroduced after current talks
// with the World Bank" reports talks the speaker's government holds. The
// speech verb must come before vg, be one of saying and neither negated
// nor passive.
func (sc *sentCtx) talksSpeaker(vg *annals.VerbGroup) ([]int, *annals.VerbGroup) {
	toks := sc.doc.Tokens
	for i := range sc.doc.Verbs {
		sv := &sc.doc.Verbs[i]
		if sv.Head < sc.start || sv.Head >= vg.Tokens.Start {
			continue
		}
		if l := lemma(&toks[sv.Head]); l != "say" && l != "add" || toks[sv.Head].Tag == annals.VBG || sv.Negated || sv.Passive {
			continue
		}
		subj, _ := sc.subject(sv, sc.clause(sv.Head))
		if namedActors(subj) {
			return subj, sv
		}
		return nil, nil
	}
	return nil, nil
}

// reportedTalks returns the speaker who reports on talks he or she took
// part in, and the speech verb: "Shultz said his talks with Gorbachev were
// useful", "Aqazadeh said that the talks with Nazir had been constructive".
// The noun at t must open the reported clause, with at most a determiner
// or possessive pronoun and three modifiers before it, so that "said Japan
// would resume talks with" or "said progress in talks with" stay out. Nil
// when the speaker is not named or the verb is not one of saying.
func (sc *sentCtx) reportedTalks(t int) ([]int, *annals.VerbGroup) {
	toks := sc.doc.Tokens
	j := t - 1
	for n := 0; j > sc.start && n < 3; n++ {
		if tg := toks[j].Tag; tg == annals.JJ || tg == annals.CD || tg == annals.NN {
			j--
			continue
		}
		break
	}
	if j <= sc.start {
		return nil, nil
	}
	switch toks[j].Tag {
	case annals.DT, annals.PRPS:
		if toks[j].Tag == annals.DT && toks[j].Norm != "the" {
			return nil, nil // "said no talks with", "said some talks"
		}
		j--
	}
	if j > sc.start && toks[j].Norm == "that" {
		j--
	}
	if j < sc.start || !toks[j].Tag.IsVerb() {
		return nil, nil
	}
	if l := lemma(&toks[j]); l != "say" && l != "add" && l != "confirm" || toks[j].Tag == annals.VBG {
		return nil, nil // "quoted him as saying": the speaker is the quoting party's object
	}
	vg := sc.verbBefore(j+1, -1)
	if vg == nil || vg.Head != j || vg.Passive || vg.Negated {
		return nil, nil
	}
	subj, _ := sc.subject(vg, sc.clause(vg.Head))
	return subj, vg
}

// talksAhead reports whether the talks named by the noun at t are the
// subject of a verb that puts them in the future: "said talks with the U.S.
// would begin next week", "said the talks will resume". Talks that "would
// be useful" are judged, not planned, and stay as held.
func (sc *sentCtx) talksAhead(t, ci int) bool {
	vg := sc.verbAfter(t+1, ci)
	if vg == nil || vg.Modal != "would" && sc.modeOf(vg) != "future" {
		return false // "would" after "said" reports a plan
	}
	switch lemma(&sc.doc.Tokens[vg.Head]) {
	case "begin", "start", "open", "resume", "continue", "hold", "take":
		return true
	}
	return false
}

// tripForTalks returns the party of talks named after "for" at token j
// when the verb before it is one of travelling, sending or inviting with
// no comma between: "flew to Tokyo for talks with", "was invited to
// Caracas for talks with". "called for talks" and "pressed for talks" ask
// for talks and are left to the verb's own patterns.
func (sc *sentCtx) tripForTalks(j int) ([]int, *annals.VerbGroup) {
	toks := sc.doc.Tokens
	vg := sc.verbBefore(j, -1)
	if vg == nil || j-vg.Tokens.End > 10 {
		return nil, nil
	}
	for k := vg.Tokens.End; k < j; k++ {
		if toks[k].Tag == annals.COMMA || toks[k].Tag.IsVerb() {
			return nil, nil
		}
	}
	l := lemma(&toks[vg.Head])
	if !purposeHosts[l] && l != "send" && l != "invite" && l != "head" {
		return nil, nil
	}
	if vg.Negated {
		return nil, nil
	}
	subj, _ := sc.subject(vg, sc.clause(vg.Head))
	return subj, vg
}

// tripHost reports whether vg is a verb of travelling, sending or inviting
// that talks named after "for" are the purpose of. Such talks lie ahead
// only when the trip does, or when they are an invitation: "flew to Tokyo
// for talks" reports talks held.
func (sc *sentCtx) tripHost(vg *annals.VerbGroup) bool {
	l := lemma(&sc.doc.Tokens[vg.Head])
	return purposeHosts[l] || l == "send" || l == "invite" || l == "head"
}

// talksPrep returns the token that governs the talks noun at t, past its
// determiners, modifiers and "two days of": the "after" of "after two
// days of talks", the "at" of "at the end of a visit", and past a
// possessive right after the sentence's first word, the "In" of "In his
// talks with Kurihara, he said, he made a pitch". It is below
// sc.start when the noun phrase opens the sentence.
func (sc *sentCtx) talksPrep(t int) int {
	toks := sc.doc.Tokens
	j := t - 1
	for n := 0; j > sc.start && n < 6; n++ {
		switch toks[j].Tag {
		case annals.PRPS:
			if j-1 == sc.start {
				j-- // "In his talks with Kurihara, he said, he made a pitch": opening the sentence, "his" is the host's after it
				continue
			}
		case annals.DT, annals.JJ, annals.CD, annals.NN, annals.NNS:
			if n >= 4 && toks[j].Tag != annals.DT && toks[j].Norm != "end" && toks[j].Norm != "close" && toks[j].Norm != "course" {
				break // past four words only "at the end of a three-day visit"
			}
			j--
			continue
		}
		if toks[j].Norm == "of" { // "two days of talks"
			j--
			continue
		}
		if (toks[j].Tag == annals.VBP || toks[j].Tag == annals.VB) && j-1 > sc.start && toks[j-1].Tag == annals.NN && toks[j-1].Flags&annals.Cap == 0 {
			j-- // "farm trade talks": a modifier the tagger read as a verb
			continue
		}
		break
	}
	return j
}

// possessorPerson returns the person whom "his" or "her" before the talks
// or visit noun at t stands for, as an implied mention at the pronoun:
// in "Nakasone said he hopes his visit to Washington will help" and
// "Nakasone told his party to act in time for his visit to Washington" the
// visit is Nakasone's. At most three modifiers may stand between pronoun
// and noun ("his three-day official visit"). The person must be named
// earlier in the same sentence, and every person named there must be of
// one country, so that "Shultz told Shevardnadze during his visit" stays
// out. Nil otherwise.
func (sc *sentCtx) possessorPerson(t int) []int {
	doc := sc.doc
	toks := doc.Tokens
	p := t - 1
	for n := 0; p > sc.start && n < 3; n++ {
		if tg := toks[p].Tag; tg == annals.JJ || tg == annals.CD || tg == annals.NN && toks[p].Flags&annals.Cap == 0 {
			p--
			continue
		}
		break
	}
	if p <= sc.start || toks[p].Tag != annals.PRPS || toks[p].Norm != "his" && toks[p].Norm != "her" {
		return nil
	}
	if toks[p-1].Norm == "on" {
		return nil // "leaves on his visit to": the verb of going tells the trip
	}
	best := -1
	for _, mi := range sc.ments {
		m := &doc.Mentions[mi]
		if m.Tokens.End > p || len(m.Code) < 3 || m.Type != "PERSON" && !sc.personRole(m) {
			continue
		}
		if best >= 0 && doc.Mentions[best].Code[:3] != m.Code[:3] {
			// Two persons of different countries: "his" is either's,
			// unless only one stands outside a prepositional phrase.
			if best = sc.possessorOutsidePhrase(p); best < 0 {
				return nil
			}
			break
		}
		best = mi
	}
	if best < 0 {
		return nil
	}
	mi := corefTo(doc, doc.Mentions[best], annals.Range{Start: p, End: p + 1})
	text, _, _ := doc.Span(doc.Mentions[best].Tokens)
	sc.corefs = append(sc.corefs, corefNote{mi, toks[p].Norm + " = " + text})
	return []int{mi}
}

// possessedAhead reports whether the talks or visit noun at t, owned by
// "his" or "her" (possessorPerson), lie ahead of the report: governed by
// "before" or "ahead of" ("before his visit to Tokyo"), or by "during",
// "for" or "after" with a verb before it that is not yet done ("would make
// clear during his trip to Washington", "will tell them during her visit").
func (sc *sentCtx) possessedAhead(t int) bool {
	toks := sc.doc.Tokens
	p := t - 1
	for p > sc.start && toks[p].Tag != annals.PRPS {
		p--
	}
	j := p - 1
	if j < sc.start {
		return false
	}
	switch toks[j].Norm {
	case "before":
		return true
	case "of":
		return j > sc.start && toks[j-1].Norm == "ahead"
	case "during", "for", "after", "following":
		vg := sc.verbBefore(j, -1)
		return vg != nil && sc.modeOf(vg) != ""
	}
	return false
}

// calledOff reports whether the talks or visit noun at t is the object of a
// verb that calls it off: "has cancelled a trip to Australia", "postponed
// his visit". The verb's own pattern (160, 125) tells that news; the noun
// names no visit made.
func (sc *sentCtx) calledOff(t int) bool {
	toks := sc.doc.Tokens
	j := t - 1
	for n := 0; j > sc.start && n < 4; n++ {
		switch toks[j].Tag {
		case annals.DT, annals.JJ, annals.CD, annals.PRPS, annals.POS, annals.NN:
			j--
			continue
		}
		break
	}
	if j < sc.start || !toks[j].Tag.IsVerb() {
		return false
	}
	switch lemma(&toks[j]) {
	case "cancel", "postpone", "delay", "scrap", "shelve", "defer", "suspend", "abandon":
		return true
	}
	return false
}

// talksBefore reports whether the talks or visit named by the noun at t
// are governed by "before", "ahead of" or "prior to": talks still to come
// when the act they follow was done, so they take the intent code
// ("bought corn ahead of trade talks with U.S. officials" -> 036).
func (sc *sentCtx) talksBefore(t int) bool {
	toks := sc.doc.Tokens
	j := sc.talksPrep(t)
	if j < sc.start || j+1 >= sc.end {
		return false
	}
	switch toks[j].Norm {
	case "before":
		return true
	case "ahead":
		return toks[j+1].Norm == "of"
	case "to":
		return j > sc.start && toks[j-1].Norm == "prior"
	}
	return false
}

// heldOnDay reports whether the talks noun at t is dated by a day word
// within its own phrase ("before a meeting with Baker on Monday") while
// the host verb vg is in the past: the talks have been held by the time
// of the report, so "before" no longer makes them an intent.
func (sc *sentCtx) heldOnDay(t int, vg *annals.VerbGroup) bool {
	if vg == nil || vg.Tense != annals.Past {
		return false
	}
	toks := sc.doc.Tokens
	for j := t + 1; j < sc.end && j < t+10; j++ {
		if dayWords[toks[j].Norm] {
			return true
		}
		if toks[j].Tag.IsVerb() || toks[j].Tag == annals.COMMA {
			return false
		}
	}
	return false
}

// forTalks reports whether the talks noun at t is governed by "for": "flew
// to Tokyo for talks with".
func (sc *sentCtx) forTalks(t int) bool {
	j := sc.talksPrep(t)
	return j >= sc.start && sc.doc.Tokens[j].Norm == "for"
}

// verbAfterComma returns the first verb group after the first comma that
// follows token t in the sentence, or nil.
func (sc *sentCtx) verbAfterComma(t int) *annals.VerbGroup {
	toks := sc.doc.Tokens
	for c := t + 1; c < sc.end; c++ {
		if toks[c].Norm != "," {
			continue
		}
		for i := range sc.doc.Verbs {
			if v := &sc.doc.Verbs[i]; v.Head > c && v.Head < sc.end {
				return v
			}
		}
		return nil
	}
	return nil
}

// sameCountry reports whether mentions a and b are actors of one country
// (or one organisation): talks between them are internal business.
func (sc *sentCtx) sameCountry(a, b int) bool {
	ca, cb := sc.doc.Mentions[a].Code, sc.doc.Mentions[b].Code
	return len(ca) >= 3 && len(cb) >= 3 && ca[:3] == cb[:3]
}

// codeAgreed codes the agreement itself when the act agreed to has no
// pattern: "France and Yugoslavia agreed to set up a joint commission" is
// an agreement between the two, whatever a commission is. It reports
// whether it coded anything; only for annals' own dictionaries.
func (c *Coder) codeAgreed(sc *sentCtx, vg *annals.VerbGroup, venue *annals.Place) bool {
	if !sc.own {
		return false
	}
	for i := vg.Tokens.Start; i < vg.Head; i++ {
		if t := &sc.doc.Tokens[i]; lemma(t) == "agree" && i+1 < vg.Head && sc.doc.Tokens[i+1].Tag == annals.TO {
			if ids := c.dict.VerbsFor("agree"); len(ids) > 0 {
				return c.codeAt(sc, vg, i, ids, venue)
			}
		}
	}
	return false
}

// visitForNouns are the lemmas of the talks an aside's visit is for
// (codeVisitFor), and jointTalkNouns those of the talks codeJointTalks
// codes; nominalRuleMay's filter is built from both.
var (
	visitForNouns  = []string{"talk", "negotiation", "meeting", "consultation"}
	jointTalkNouns = []string{"talk", "negotiation"}
)

// codeVisitFor codes the visit that an aside names: "De Croo, in Washington
// for talks with Administration officials, said ..." and "Yeutter, in New
// Zealand for informal GATT talks, told Reuters ..." say that the person
// before the comma went to the place for talks (CAMEO 042, coded with the
// dictionary's "~visit to +" entry). Only for annals' own dictionaries.
func (c *Coder) codeVisitFor(sc *sentCtx, t int, venue *annals.Place) {
	if !slices.Contains(visitForNouns, lemma(&sc.doc.Tokens[t])) {
		return
	}
	src, dst, ok := sc.visitFor(t)
	if !ok {
		return
	}
	if v := c.visitPattern(); v != nil {
		vg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 1}, Head: t, Clause: sc.clause(t)}
		c.emit(sc, vg, v, []int{src}, []int{dst}, "", []string{"a visit named by an aside: in a place for talks"}, venue)
	}
}

// visitPattern returns the dictionary's noun-headed visit pattern (042,
// "~visit to +"), whose code and entry a visit told in other words takes
// ("was in Britain on a tour", "during a visit to London, told"), or nil
// when the dictionary has none, as an imported one may not.
func (c *Coder) visitPattern() *dict.Verb {
	for _, id := range c.dict.NounsFor("visit") {
		if v := &c.dict.Verbs[id]; v.Code == "042" {
			return v
		}
	}
	return nil
}

// visitFor finds the parties of "SOURCE, in PLACE for ... talks" or
// "SOURCE was (also) in PLACE for ... talks": the actor mention before the
// comma or the copula and the place mention after "in". It
// reports false unless the words stand exactly so and the two are of
// different countries.
func (sc *sentCtx) visitFor(t int) (src, dst int, ok bool) {
	toks := sc.doc.Tokens
	j := t - 1
	for n := 0; j > sc.start && n < 4; n++ {
		switch toks[j].Tag {
		case annals.DT, annals.JJ, annals.NN, annals.NNS, annals.NNP, annals.CD:
			j--
			continue
		}
		break
	}
	if j <= sc.start || toks[j].Norm != "for" {
		return 0, 0, false
	}
	place, who := -1, -1
	for _, mi := range sc.ments {
		if sc.doc.Mentions[mi].Tokens.End == j {
			place = mi
		}
	}
	if place < 0 {
		return 0, 0, false
	}
	in := sc.doc.Mentions[place].Tokens.Start - 1
	if in-2 < sc.start || toks[in].Norm != "in" {
		return 0, 0, false
	}
	end := in - 1 // the token after the visitor's mention
	switch {
	case toks[end].Norm == ",":
	case lemma(&toks[end]) == "be" && toks[end].Tag != annals.VBG:
		// "De Croo was in Washington for trade talks": the copula states
		// the stay as the aside does.
	case toks[end].Tag == annals.RB && toks[end].Norm != "not" && end-1 > sc.start && lemma(&toks[end-1]) == "be" && toks[end-1].Tag != annals.VBG:
		end-- // "was also in Washington for talks"
	default:
		return 0, 0, false
	}
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.End == end && (m.Tokens.Start == sc.start || toks[m.Tokens.Start-1].Norm == ",") {
			who = mi
		}
	}
	if who < 0 || sc.sameCountry(who, place) {
		return 0, 0, false
	}
	return who, place, true
}

// underway returns the token after a phrase that says the talks named just
// before token j are going on, "are underway", "were under way", "are in
// progress", "is continuing", or j when none stands there. News states
// talks so ("Talks are underway between Zaire and the IMF"); the parties
// follow the phrase.
func (sc *sentCtx) underway(j, limit int) int {
	toks := sc.doc.Tokens
	if j+1 >= limit || lemma(&toks[j]) != "be" {
		return j
	}
	e := j + 1
	if toks[e].Tag == annals.RB && toks[e].Norm != "not" && e+1 < limit {
		e++ // "are now underway"
	}
	switch toks[e].Norm {
	case "underway", "ongoing", "continuing":
		return e + 1
	case "under", "in":
		if e+1 < limit && (toks[e+1].Norm == "way" || toks[e+1].Norm == "progress") {
			return e + 2
		}
	}
	return j
}

// heldWith returns the token after a verb that says the talks named at
// token t are held, go on or are to take place, when "with" and the
// partner follow it: "Talks on similar projects have been held with",
// "talks were continuing with", "Talks were also expected to take place
// with". A topic ("on similar projects") may stand between noun and verb.
// ahead reports talks still to come. It returns t+1 when no such verb
// stands there.
func (sc *sentCtx) heldWith(t, limit int) (e int, ahead bool) {
	toks := sc.doc.Tokens
	limit = min(max(limit, sc.end), t+14)
	j := t + 1
	if j < limit && (toks[j].Norm == "on" || toks[j].Norm == "over") {
		j++
		for n := 0; j < limit && n < 4 && (toks[j].Tag == annals.DT || toks[j].Tag == annals.JJ || toks[j].Tag == annals.NN || toks[j].Tag == annals.NNS); n++ {
			j++
		}
	}
	k := j
	for ; k < limit; k++ {
		n := toks[k].Norm
		switch {
		case n == "with":
			if k == j {
				return t + 1, false
			}
			return k, ahead
		case n == "not" || n == "no" || n == ",":
			return t + 1, false
		case n == "expected" || n == "will" || n == "to":
			ahead = true
		case toks[k].Tag.IsVerb() || toks[k].Tag == annals.RB || toks[k].Tag == annals.MD || n == "place":
			switch lemma(&toks[k]) {
			case "be", "have", "take", "place", "hold", "continue", "expect", "also", "now", "still":
			default:
				return t + 1, false
			}
		default:
			return t + 1, false
		}
	}
	return t + 1, false
}

// taggedTalks returns the speaker of a sentence that opens with the talks
// noun at token t and ends in its speech tag, and the tag's verb: "Talks
// were also expected to take place with the Algerians, he added." The
// speaker's side takes part in the talks it reports. Nil unless only
// determiners and modifiers stand before the noun and the tag's subject is
// a named actor.
func (sc *sentCtx) taggedTalks(t int) ([]int, *annals.VerbGroup) {
	toks := sc.doc.Tokens
	for j := sc.start; j < t; j++ {
		if tg := toks[j].Tag; tg != annals.DT && tg != annals.JJ && tg != annals.NN {
			return nil, nil
		}
	}
	return sc.closingSpeechTag(t) // reported_after_talks.go
}

// possessorOnly reports whether every target mention owns the noun after
// it ("the government's announced intention"): what was called, judged or
// named is the thing, so "call" is no telephone call to the owner.
func (sc *sentCtx) possessorOnly(tgts []int) bool {
	if len(tgts) == 0 {
		return false
	}
	for _, t := range tgts {
		if t == noActor {
			return false
		}
		e := sc.doc.Mentions[t].Tokens.End
		if e >= sc.end || sc.doc.Tokens[e].Tag != annals.POS {
			return false
		}
	}
	return true
}

// codeJointTalks codes talks that name no partner when the subject of the
// verb they hang on lists the parties: in "Giraud and his West German
// counterpart Woerner agreed in principle during talks in Bonn" each took
// part in the talks with the other. It reports whether it coded them; only
// for annals' own dictionaries.
func (c *Coder) codeJointTalks(sc *sentCtx, t int, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	if !slices.Contains(jointTalkNouns, lemma(&toks[t])) {
		return false
	}
	if t+1 < sc.end {
		switch toks[t+1].Norm {
		case "with", "between", "among":
			return false // the partners are named: the noun patterns code them
		}
	}
	subj, host := sc.talksHostVerb(t)
	if len(subj) < 2 {
		subj, host = sc.takingPart(t), nil
	}
	if len(subj) < 2 {
		return false
	}
	for _, mi := range subj {
		if mi == noActor {
			return false
		}
	}
	for _, id := range c.dict.NounsFor(lemma(&toks[t])) {
		v := &c.dict.Verbs[id]
		if v.Code != "046" {
			continue
		}
		vg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 1}, Head: t, Clause: sc.clause(t)}
		if host != nil && sc.modeOf(host) == "future" {
			vg.Tense = annals.Future
		}
		c.emit(sc, vg, v, subj, subj, "", []string{"talks whose parties are the subject's list"}, venue)
		return true
	}
	return false
}

// takingPart returns the parties of the talks named by the noun at token
// t when the sentence opens by naming the talks and puts the parties after
// the verb: "Taking part in the talks at an undisclosed location were
// China's U.N. Representative ... and the director-general of the Israeli
// Foreign Ministry". Nil unless two or more actors are named.
func (sc *sentCtx) takingPart(t int) []int {
	toks := sc.doc.Tokens
	j := t - 1
	for j > sc.start && (toks[j].Tag == annals.DT || toks[j].Tag == annals.JJ || toks[j].Tag == annals.NN) {
		j--
	}
	switch {
	case j-2 == sc.start && toks[j].Norm == "in" && toks[j-1].Norm == "part" && (toks[j-2].Norm == "taking" || toks[j-2].Norm == "took"):
	case j-1 == sc.start && toks[j].Norm == "in" && toks[j-1].Norm == "participating":
	case j == sc.start && toks[j].Norm == "attending":
	default:
		return nil
	}
	for k := t + 1; k < sc.end && k < t+12; k++ {
		if toks[k].Tag == annals.COMMA || toks[k].Tag == annals.STOP {
			return nil
		}
		if n := toks[k].Norm; n == "were" || n == "was" {
			if objs := sc.firstActorFrom(k+1, sc.end, sc.clause(k+1), true); len(objs) > 1 {
				return objs
			}
			return nil
		}
	}
	return nil
}

// amountWords spell a sum of money or a quantity: "up to 150 billion yen".
var amountWords = map[string]bool{
	"mln": true, "million": true, "billion": true, "bln": true, "dlrs": true, "dlr": true, "dollars": true,
	"yen": true, "stg": true, "marks": true, "francs": true, "pct": true, "tonnes": true, "up": true, "about": true,
}

// tradeVerbs end the patterns of agreements to trade or borrow, whose
// partner follows the sum traded.
var tradeVerbs = map[string]bool{
	"borrow": true, "buy": true, "purchase": true, "import": true, "sell": true, "supply": true, "export": true, "lend": true,
}

// windowEnd returns where the search for a pattern's target that starts at
// token from ends: targetWindow tokens on, and, after a verb of trade, not
// counting the words of an amount, so "signed an agreement to borrow up to
// 150 billion yen in an untied yen loan from Japan" reaches its lender as a
// shorter sum would.
func (sc *sentCtx) windowEnd(from int) int {
	toks := sc.doc.Tokens
	if from == 0 || !tradeVerbSet.Has(lemma(&toks[from-1])) {
		return from + targetWindow
	}
	n, j := 0, from
	for ; j < sc.end && n < targetWindow; j++ {
		if toks[j].Tag == annals.CD || amountWords[toks[j].Norm] {
			continue
		}
		n++
	}
	return j
}

// byParties returns the parties of a passive mutual act whose "by" phrase
// names each with a title and a name, joined by "and": "signed by Jordan's
// Minister of Energy Hisham al-Khatib and PCIAC chairman Peter M. Towe".
// The list of actors breaks at "of Energy Hisham al-Khatib", so each
// conjunct gives its own actors. Nil unless two parties are named.
func (sc *sentCtx) byParties(vg *annals.VerbGroup, limit int) []int {
	toks := sc.doc.Tokens
	i := sc.byAfter(vg.Tokens.End, limit)
	if i < 0 {
		return nil
	}
	var out []int
	seg, j := i+1, i+1
	for ; j <= limit; j++ {
		inNP := j < limit && (sc.npToken(j) || toks[j].Norm == "of" && j+1 < limit && sc.npToken(j+1))
		if inNP {
			continue
		}
		for _, p := range sc.firstActorFrom(seg, j, -1, false) {
			if !slices.Contains(out, p) {
				out = append(out, p) // "the Finance Ministers of Japan, Germany and France"
			}
		}
		if j >= limit || toks[j].Norm != "and" {
			break
		}
		seg = j + 1
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// commercialPair reports whether a cooperative event (roots 03 to 06)
// pairs a firm or a union with a country named only as the adjective of a
// noun: "a distribution agreement with the French group", "agreements
// with U.S. car makers", "German banks they now cooperate with". The
// country word only says where a private party is from; no state acts.
// A country named outright ("offered Argentina a credit") stays.
func (sc *sentCtx) commercialPair(root string, src, tgt *annals.ActorRef, s, t int) bool {
	switch root {
	case "03", "04", "05", "06":
	default:
		return false
	}
	if stateless(src.Code) || stateless(tgt.Code) {
		return false // "Paris Club creditors": IGO codes read "IGOBUS"
	}
	if len(src.Code) >= 6 && privateRole(src.Code[3:6]) && len(tgt.Code) == 3 {
		return sc.countryModifier(t)
	}
	if len(tgt.Code) >= 6 && privateRole(tgt.Code[3:6]) && len(src.Code) == 3 {
		return sc.countryModifier(s)
	}
	return false
}

// countryModifier reports whether mention mi stands before a noun that it
// modifies ("the French group", "U.S. Car makers", "Japanese houses"),
// a word of time aside ("Britain Tuesday").
func (sc *sentCtx) countryModifier(mi int) bool {
	if mi < 0 || mi >= len(sc.doc.Mentions) {
		return false
	}
	m := &sc.doc.Mentions[mi]
	e := m.Tokens.End
	if e >= sc.end || m.Part.End > 0 {
		return false
	}
	tk := &sc.doc.Tokens[e]
	if !tk.Tag.IsNoun() {
		return false
	}
	if tk.Flags&annals.Cap != 0 && !nationalWord(&sc.doc.Tokens[e-1]) {
		return false // "Canada Post", "Japan Airlines": a state's own firm may be meant
	}
	return !timeWords[tk.Norm] && !dealNouns[lemma(tk)]
}

// nationalWord reports whether a country is named by its adjective or an
// abbreviation ("French", "Japanese", "U.S."), the forms that qualify a
// firm's name ("U.S. Car makers", "American Resource"), rather than by its
// name ("Canada Post").
func nationalWord(t *annals.Token) bool {
	w := t.Norm
	if t.Tag == annals.JJ || strings.Contains(w, ".") {
		return true
	}
	for _, suf := range []string{"an", "ese", "ish", "ch", "i"} {
		if strings.HasSuffix(w, suf) && w != "japan" && w != "iran" && w != "oman" && w != "sudan" && w != "taiwan" && w != "pakistan" && w != "afghanistan" {
			return true
		}
	}
	return false
}

// dealNouns, after a country word, name a state's own affairs, not a
// private party: "helped to negotiate the Mexican deal", "Bolivian debt".
var dealNouns = map[string]bool{
	"deal": true, "debt": true, "loan": true, "credit": true, "agreement": true,
	"accord": true, "pact": true, "talk": true, "package": true, "government": true,
	"authority": true, "official": true, "plan": true, "proposal": true,
}

// stateless reports whether a code is of an actor with no country:
// international, non-governmental and multinational bodies.
func stateless(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:3] {
	case "IGO", "NGO", "MNC", "IMG", "UAF":
		return true
	}
	return false
}
