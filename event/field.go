package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// forwardSource is the sentinel mention index of dict.Settings.Forward, the
// source carried from the previous record to a pronoun subject.
const forwardSource = -4

// pronounSubject reports whether the subject of vg is a personal pronoun
// standing just before it ("However, it acknowledged", "He has also
// asked"), adverbs aside. Only such a subject takes a forwarded source: a
// verb with no subject at all has nothing to forward to.
func (sc *sentCtx) pronounSubject(vg *annals.VerbGroup) bool {
	for i := vg.Tokens.Start - 1; i >= sc.start; i-- {
		t := &sc.doc.Tokens[i]
		switch t.Tag {
		case annals.RB:
			continue
		case annals.PRP:
			switch t.Norm {
			case "he", "she", "it", "they", "we":
				return true
			}
		}
		return false
	}
	return false
}

// codeModal codes vg with the patterns of its modal when a TABARI
// dictionary lists the modal as a verb: TABARI reads "should" as the verb
// of "Arnor suggested Gondor should apply Geneva conventions" (SHOULD with
// the pattern "SUGGESTED * APPLY ..."). It reports whether the modal's
// patterns settled the verb group; when they do not, the head verb is
// tried as usual.
func (c *Coder) codeModal(sc *sentCtx, vg *annals.VerbGroup, venue *annals.Place) bool {
	if !c.loose {
		return false // no ReachClause head to find
	}
	for i := vg.Tokens.Start; i < vg.Head; i++ {
		t := &sc.doc.Tokens[i]
		var ids []int32
		switch {
		case t.Tag == annals.MD:
			ids = c.dict.VerbsFor(t.Norm)
		case t.Tag.IsVerb() && !auxiliaries[t.Norm] && !auxiliaries[lemma(t)]:
			// A semi-modal: "vowed to resist" is VOW's "* RESIST".
			ids = c.dict.VerbsFor(lemma(t))
		default:
			continue
		}
		if len(ids) == 0 || c.dict.Verbs[ids[0]].Reach != dict.ReachClause {
			return false // PETRARCH's parses never make a modal the verb
		}
		return c.codeAt(sc, vg, i, ids, venue)
	}
	return false
}

// innerTarget reports whether a pattern's words before the verb hold the
// target slot after a word of their own ("SUGGESTED + * REQUIRE"): the
// target is then the actor between that word and the verb, not the
// subject of the verb as in "+ WAS * DEAD".
func innerTarget(before []dict.Item) bool {
	lit := false
	for _, it := range before {
		switch {
		case it.Target:
			if lit {
				return true
			}
		case !it.Compound && !it.Source:
			lit = true
		}
	}
	return false
}

// outerSource handles an imported pattern whose words before the verb
// start before the verb's subject, at token first ("Arnor suggested
// Gondor should apply ..." with "SUGGESTED * APPLY"): the source is then
// the subject of the verb the pattern starts with (Arnor), and the actor
// between is the target when the pattern puts its slot there
// ("SUGGESTED + *"), else no actor of the event. A verb with no subject
// of its own ("raised its voice": VOICE is the verb) takes the subject of
// that verb too. ok says the roles
// changed; fail says the pattern wants an actor between that is not there.
func (sc *sentCtx) outerSource(v *dict.Verb, first int, subj []int) (src, tgt []int, ok, fail bool) {
	inner := innerTarget(v.Before)
	if v.Reach == dict.ReachNear || len(v.Before) == 0 {
		return nil, nil, false, false
	}
	if len(subj) > 0 && (subj[0] < 0 || sc.doc.Mentions[subj[0]].Tokens.Start <= first) {
		return nil, nil, false, false
	}
	var outer *annals.VerbGroup
	for i := range sc.doc.Verbs {
		if r := sc.doc.Verbs[i].Tokens; first >= r.Start && first < r.End {
			outer = &sc.doc.Verbs[i]
			break
		}
	}
	if outer == nil && len(subj) == 0 {
		// "Gollum was in accord with ...": ACCORD with "IN_*" has no
		// subject of its own; the verb before it has one.
		outer = sc.verbBefore(first, sc.clause(first))
	}
	if outer == nil {
		return nil, nil, false, false
	}
	osubj, _ := sc.subject(outer, sc.clause(outer.Head))
	if len(osubj) == 0 || osubj[0] < 0 {
		return nil, nil, false, false
	}
	if inner {
		if len(subj) == 0 || sc.doc.Mentions[subj[0]].Implied {
			return nil, nil, false, true // "suggested it should": no actor in the slot
		}
		tgt = subj
	}
	return osubj, tgt, true, false
}

// firstActorBefore returns the first actor of the sentence that ends
// before token t, or nil. TABARI takes the first actor of the sentence as
// the source of a verb whose subject annals cannot find, such as one set
// off by an aside ("Gollum accompanying Radagast, the Brown wizard of
// reknown, called on Gondor").
func (sc *sentCtx) firstActorBefore(t int) []int {
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.End > t {
			break
		}
		if !m.Implied {
			return []int{mi}
		}
	}
	return nil
}

// clauseCoded reports whether a verb of clause ci already gave the
// sentence an event: TABARI codes one verb a clause, so the first actor of
// the sentence stands in only for the subject of the first.
func (sc *sentCtx) clauseCoded(ci int) bool {
	evs := sc.doc.Events
	for i := len(evs) - 1; i >= 0 && evs[i].Sentence == sc.si; i-- {
		if sc.clause(sc.tokenAt(evs[i].Evidence.Start)) == ci {
			return true
		}
	}
	return false
}

// commaAsides returns the token ranges of sentence s that c leaves out of
// coding: the phrases between two commas, before the first or after the
// last whose length in written words falls in c's limits.
func commaAsides(doc *annals.Doc, s annals.Sentence, c dict.Comma) []annals.Range {
	if c == (dict.Comma{}) {
		return nil
	}
	var out []annals.Range
	words := func(from, to int) int {
		n := 0
		for i := from; i < to; i++ {
			t := &doc.Tokens[i]
			if t.Flags&annals.Punct == 0 && (i == from || t.Start > doc.Tokens[i-1].End) {
				n++
			}
		}
		return n
	}
	end := s.Tokens.End
	for end > s.Tokens.Start && doc.Tokens[end-1].Flags&annals.Punct != 0 && doc.Tokens[end-1].Norm != "," {
		end-- // the full stop
	}
	// A phrase with a conjunction in it or after it is a member of a
	// list ("Mordor, the awful Fornost, and good Gondor"), not an aside.
	list := func(from, to int) bool {
		for i := from; i <= to && i < end; i++ {
			if doc.Tokens[i].Tag == annals.CC {
				return true
			}
		}
		return to+1 < end && doc.Tokens[to+1].Tag == annals.CC
	}
	prev := -1 // the last comma seen
	for i := s.Tokens.Start; i < end; i++ {
		if doc.Tokens[i].Norm != "," {
			continue
		}
		if prev >= 0 && list(prev+1, i) {
			prev = i
			continue
		}
		if prev < 0 {
			if n := words(s.Tokens.Start, i); n >= c.BeginMin && n <= c.BeginMax {
				out = append(out, annals.Range{Start: s.Tokens.Start, End: i})
			}
		} else if n := words(prev+1, i); n >= c.Min && n <= c.Max {
			out = append(out, annals.Range{Start: prev + 1, End: i})
		}
		prev = i
	}
	if prev >= 0 {
		if n := words(prev+1, end); n >= c.EndMin && n <= c.EndMax {
			out = append(out, annals.Range{Start: prev + 1, End: end})
		}
	}
	return out
}

// inRanges reports whether token t lies in one of rs.
func inRanges(rs []annals.Range, t int) bool {
	for _, r := range rs {
		if t >= r.Start && t < r.End {
			return true
		}
	}
	return false
}

// codeNext reports whether a verb group starting at token t is coded when
// the last one that gave an event ended at token coded (-1 when none did).
func (sc *sentCtx) codeNext(by dict.CodeBy, coded, t int) bool {
	switch {
	case by == dict.CodeAll || coded < 0:
		return true
	case by == dict.CodeBySentence:
		return false
	}
	for i := coded; i < t; i++ {
		if sc.doc.Tokens[i].Tag == annals.CC {
			return true
		}
	}
	return false
}

// clauseSubject returns the first actor of the TABARI clause of a verb
// starting at token t (from the last coordinating conjunction before it,
// or the start of the sentence), with the actors coordinated with it,
// when subj does not already start there: TABARI's source is the first
// actor of the clause, not the nearest ("Arnor is about to rxstore ties
// with Gondor, almost five years after Calenardhon crowds burned down its
// embassy" is Arnor's act).
func (sc *sentCtx) clauseSubject(t int, subj []int) []int {
	lo := sc.start
	for i := t - 1; i > sc.start; i-- {
		if sc.doc.Tokens[i].Tag == annals.CC {
			lo = i
			break
		}
	}
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start < lo || m.Implied {
			continue
		}
		if m.Tokens.End > t {
			return nil
		}
		for _, s := range subj {
			if s == mi {
				return nil
			}
		}
		return sc.coordinated(k)
	}
	return nil
}

// pronounTarget returns, for a verb whose object is a pronoun ("urged
// Bree to assist it", "burned down its embassy"), the nearest actor
// before the verb that is not among its sources: TABARI's reading of
// the pronoun. It returns nil when the word at token at (after the verb
// and the pattern's words) is no such pronoun.
func (sc *sentCtx) pronounTarget(vg *annals.VerbGroup, subj []int, at int) []int {
	if at >= sc.end {
		return nil
	}
	switch sc.doc.Tokens[at].Norm {
	case "it", "him", "her", "them", "its", "their":
	default:
		return nil
	}
	for k := len(sc.ments) - 1; k >= 0; k-- {
		mi := sc.ments[k]
		m := &sc.doc.Mentions[mi]
		if m.Tokens.End > vg.Tokens.Start || m.Implied {
			continue
		}
		if slices.Contains(subj, mi) {
			continue
		}
		for _, s := range subj {
			if s >= 0 && sc.sameActor(s, mi) {
				return nil
			}
		}
		return []int{mi}
	}
	return nil
}

// tabariEndings are the regular endings TABARI allows after a verb it
// lists ("DEPART_" reads "departs", "departed", "departen", "departing").
var tabariEndings = [...]string{"s", "es", "ed", "d", "en", "ing"}

// endingVerbs returns the TABARI verb patterns of a word that is a listed
// verb plus a regular ending, for a word the tagger did not call a verb
// ("Estonia arms Libya"); nil when there are none.
func (c *Coder) endingVerbs(w string) []int32 {
	// Every head tried below is a prefix of w of three bytes or more.
	if len(w) < 4 || !c.clauseStarts[w[:3]] {
		return nil
	}
	for _, e := range tabariEndings {
		if len(w) < len(e)+3 || !strings.HasSuffix(w, e) {
			continue
		}
		if ids := c.dict.VerbsFor(w[:len(w)-len(e)]); len(ids) > 0 && c.dict.Verbs[ids[0]].Reach == dict.ReachClause {
			return ids
		}
	}
	// A TABARI verb not closed by "_" is a stem: "RESUM" is "resumption".
	for n := len(w) - 1; n >= 3; n-- {
		if ids := c.dict.VerbsFor(w[:n]); len(ids) > 0 && c.dict.Verbs[ids[0]].Reach == dict.ReachClause && has(c.dict.Verbs[ids[0]].Items[0].Alts, &annals.Token{Norm: w}) {
			return ids
		}
	}
	return nil
}

// outerCoded reports whether a verb of a clause that holds clause ci
// already gave the sentence an event: PETRARCH writes an event with no
// target only for a verb whose governing verb coded nothing ("restore
// ties with Gondor ... after Calenardhon crowds burned down its embassy"
// is one event, ARN / GON).
func (sc *sentCtx) outerCoded(ci int) bool {
	evs := sc.doc.Events
	for i := len(evs) - 1; i >= 0 && evs[i].Sentence == sc.si; i-- {
		ec := sc.clause(sc.tokenAt(evs[i].Evidence.Start))
		for p, n := sc.parentClause(ci), 0; p >= 0 && n < 16; p, n = sc.parentClause(p), n+1 {
			if p == ec {
				return true
			}
		}
	}
	return false
}

// parentClause returns the clause that holds clause ci, or -1.
func (sc *sentCtx) parentClause(ci int) int {
	if ci < 0 || ci >= len(sc.doc.Clauses) {
		return -1
	}
	return sc.doc.Clauses[ci].Parent
}

// exactHead reports whether a verb's head matches only as written
// (dict.ExactMark: TABARI's "BAN=").
func exactHead(v *dict.Verb) bool {
	for _, a := range v.Items[0].Alts {
		if strings.HasSuffix(a, dict.ExactMark) {
			return true
		}
	}
	return false
}

// skipTarget returns how many actors at a pattern's slot after the verb
// (target or source) to step over (dict.Item.Skip): one a "^" for TABARI,
// one in all for PETRARCH ("HOSTING * TABASKI ^ $").
func skipTarget(v *dict.Verb) int {
	for i := range v.Items {
		if n := v.Items[i].Skip; n > 0 {
			if v.Reach == dict.ReachSentence {
				return 1
			}
			return n
		}
	}
	return 0
}

// lastActorBefore returns the actor mention nearest before token t that
// starts at or after token from, or -1.
func (sc *sentCtx) lastActorBefore(t, from int) int {
	best := -1
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.End > t {
			break
		}
		if m.Tokens.Start >= from && !m.Implied {
			best = mi
		}
	}
	return best
}

// untaggedFirst codes an untagged dictionary verb that stands before the
// first verb that gave the sentence's events (those from index n on), and
// when it codes, drops the events of that verb's clause: TABARI reads the
// verbs of a clause in order ("Gollum was in accord with an anti- Gondor
// parade" is ACCORD's IN_*, not PARADE's ANTI- + *).
func (c *Coder) untaggedFirst(sc *sentCtx, vi, n int, venue *annals.Place) {
	doc := sc.doc
	first := sc.tokenAt(doc.Events[n].Evidence.Start)
	if first <= sc.start {
		return
	}
	m := len(doc.Events)
	c.codeUntagged(sc, vi, venue, first)
	if len(doc.Events) == m {
		return
	}
	ci := sc.clause(sc.tokenAt(doc.Events[m].Evidence.Start))
	kept := doc.Events[:n]
	for i := n; i < len(doc.Events); i++ {
		if i >= m || sc.clause(sc.tokenAt(doc.Events[i].Evidence.Start)) != ci {
			kept = append(kept, doc.Events[i])
		}
	}
	doc.Events = kept
}

// ownForm reports whether the imported entries ids for an inflected form
// should win over its lemma's: always with PETRARCH, and with TABARI when
// the form is listed on its own ("LEFT_ [032:033]", not "CALLED_ON"). A
// form that only opens a longer verb (Phoenix's ATTACKED_AND_STABBED) is
// no entry of its own: "attacked" alone stays ATTACK's.
func (c *Coder) ownForm(ids []int32) bool {
	for _, id := range ids {
		v := &c.dict.Verbs[id]
		if joinedHead(v) {
			continue
		}
		switch v.Reach {
		case dict.ReachSentence:
			return true
		case dict.ReachClause:
			if len(v.Items) == 1 && len(v.Before) == 0 {
				return true
			}
		}
	}
	return false
}

// joinedHead reports whether v's head verb is written joined to other
// words ("ATTACKED_AND_STABBED", "CARRIED_OUT"), so the head word alone is
// not the verb.
func joinedHead(v *dict.Verb) bool {
	return len(v.Items) > 1 && v.Items[1].Adjacent || len(v.Before) > 0 && v.Items[0].Adjacent
}

// codeSplitHead codes a verb of two words whose first the tagger took for
// the head and whose second for a noun: "will not wire tap the links" is
// PETRARCH's WIRE_+TAP with "WILL NOT *". Only imported verbs that list
// the head as the word before their own are tried.
func (c *Coder) codeSplitHead(sc *sentCtx, vg *annals.VerbGroup, venue *annals.Place) {
	next := vg.Head + 1
	if c.dict.NoCountry == "" || vg.Tokens.End != next || next >= sc.end {
		return
	}
	ids := c.dict.VerbsFor(sc.doc.Tokens[next].Norm)
	if len(ids) == 0 {
		return
	}
	v := &c.dict.Verbs[ids[0]]
	if v.Reach == dict.ReachNear || !v.Items[0].Adjacent || len(v.Before) == 0 || !has(v.Before[len(v.Before)-1].Alts, &sc.doc.Tokens[vg.Head]) {
		return
	}
	ext := *vg
	ext.Head, ext.Tokens.End = next, next+1
	c.codeAt(sc, &ext, next, ids, venue)
}

// afterPrep reports whether vg is a lone gerund right after a preposition
// ("after leaving Eriador"): the object of the preposition, not a verb of
// its own clause for PETRARCH's parse.
func afterPrep(sc *sentCtx, vg *annals.VerbGroup) bool {
	h := vg.Head
	return vg.Tokens.Len() == 1 && h > sc.start && sc.doc.Tokens[h].Tag == annals.VBG && sc.doc.Tokens[h-1].Tag == annals.IN
}

// untaggedAfter codes, under CODE ALL, an untagged TABARI dictionary verb
// after the last verb that gave the sentence an event: TABARI codes every
// verb it finds ("... in being drawn into the peace process by its
// resumption of diplomatic ties with Gondor" is RESUM's * TIES).
func (c *Coder) untaggedAfter(sc *sentCtx, vi int, venue *annals.Place) {
	evs := sc.doc.Events
	if len(evs) == 0 || evs[len(evs)-1].Sentence != sc.si {
		return
	}
	last := sc.tokenAt(evs[len(evs)-1].Evidence.End - 1)
	if last < sc.start {
		return
	}
	c.codeUntaggedIn(sc, vi, venue, last+1, sc.end, true)
}

// namesDiscard reports whether an actor mention carries dict.DiscardCode.
func namesDiscard(doc *annals.Doc, ments []int) bool {
	for _, mi := range ments {
		if strings.HasPrefix(doc.Mentions[mi].Code, dict.DiscardCode) {
			return true
		}
	}
	return false
}

// roleOverList gives the members of a list that follows a role word and
// "of", "in" or "from" the role, as PETRARCH does ("Lawmakers in Fornost
// and Gondor" are FORLEG and GONLEG; "The ambassadors of Arnor, Osgiliath
// and Gondor" ARNGOV, OSGGOV and GONGOV). The recogniser composed the role
// with the first member only; the others get mentions of their own,
// marked Implied. TABARI (all false) gives it to the first member only.
func (sc *sentCtx) roleOverList(subj []int, all bool) []int {
	if len(subj) < 2 {
		return subj
	}
	doc := sc.doc
	first := doc.Mentions[subj[0]]
	i := first.Tokens.Start - 1
	if i <= sc.start {
		return subj
	}
	switch doc.Tokens[i].Norm {
	case "of", "in", "from":
	default:
		return subj
	}
	role, rm := "", -1
	for _, mi := range sc.ments {
		m := &doc.Mentions[mi]
		if m.Tokens.End == i && len(m.Code) > len(first.Code) && strings.HasPrefix(m.Code, first.Code) {
			role, rm = m.Code[len(first.Code):], mi
			break
		}
	}
	if role == "" {
		return subj
	}
	if !all {
		return append([]int{rm}, subj[1:]...)
	}
	out := make([]int, 0, len(subj))
	for _, s := range subj {
		m := doc.Mentions[s]
		m.Code += role
		m.Implied = true
		doc.Mentions = append(doc.Mentions, m)
		out = append(out, len(doc.Mentions)-1)
	}
	return out
}

// listOf returns the actors of the list that mention mi starts ("Neither
// Galadriel nor Gollum"), or mi alone.
func (sc *sentCtx) listOf(mi int) []int {
	for k, m := range sc.ments {
		if m == mi {
			return sc.coordinated(k)
		}
	}
	return []int{mi}
}

// governedEnd returns the end of the clauses that clause ci holds and
// that start at or after token end (its complements, not reported
// speech), or end when none.
func (sc *sentCtx) governedEnd(ci, end int) int {
	out := end
	for k := range sc.doc.Clauses {
		c := &sc.doc.Clauses[k]
		if c.Parent == ci && k != ci && c.Kind != annals.Reported && c.Tokens.Start >= end && c.Tokens.Start <= out+1 && c.Tokens.End > out && c.Tokens.End <= sc.end {
			out = c.Tokens.End
		}
	}
	return out
}

// complementActor returns the first actor mention in tokens [from, to)
// that stands in clause ci or in a clause it governs, reported speech
// aside ("expressed hopes that Osgiliath ..."), or nil.
func (sc *sentCtx) complementActor(from, to, ci int) []int {
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start < from || m.Implied {
			continue
		}
		if m.Tokens.Start >= to {
			break
		}
		for k, n := sc.clause(m.Tokens.Start), 0; k >= 0 && n < 16; k, n = sc.parentClause(k), n+1 {
			if k == ci {
				return []int{mi}
			}
			if sc.doc.Clauses[k].Kind == annals.Reported {
				break
			}
		}
	}
	return nil
}

// compoundTarget reports whether a pattern's target must name several
// actors (dict.Item.Compound after the verb: "* WITH %").
func compoundTarget(v *dict.Verb) bool {
	for i := range v.Items {
		if v.Items[i].Target && v.Items[i].Compound {
			return true
		}
	}
	return false
}

// sourceSlotBefore reports whether a pattern's last word before the verb
// is the source slot ("$ *").
func sourceSlotBefore(v *dict.Verb) bool {
	return len(v.Before) > 0 && v.Before[len(v.Before)-1].Source
}

// listEndingAt returns the actors of the list that mention mi ends or
// belongs to ("Arnor, Calenardhon and Gondor").
func (sc *sentCtx) listEndingAt(mi int) []int {
	for k, m := range sc.ments {
		if m == mi {
			return sc.compound(k)
		}
	}
	return []int{mi}
}

// infinitiveTo reports whether token j is the "to" of an infinitive ("its
// efforts to end the crisis"). An imported pattern that ends on TO, such as
// Phoenix's "WELCOME * (TO)", asks for a phrase headed by the preposition;
// matched anywhere in the sentence, the infinitive's "to" misfires on most
// sentences of real news.
func infinitiveTo(toks []annals.Token, j int) bool {
	return toks[j].Norm == "to" && j+1 < len(toks) && toks[j+1].Tag == annals.VB
}

// wrongEnding reports whether a verb's word adds "es" to a lemma that takes
// only "s" ("departes"): no form PETRARCH generates from a verb entry, so
// its verbs do not code it (TABARI's endings take "es" after any verb).
// Lemmas ending in a sibilant or "o" take "es" ("taxes", "goes").
func wrongEnding(t *annals.Token) bool {
	l := t.Lemma
	if l == "" || t.Norm != l+"es" {
		return false
	}
	for _, end := range []string{"s", "x", "z", "ch", "sh", "o"} {
		if strings.HasSuffix(l, end) {
			return false
		}
	}
	return true
}

// splitCodes gives each actor of a name that stands for several
// (dict.CodeSep: "LORIEN [ELR/GAL]") its own event, as PETRARCH and TABARI
// code such a name: the events are the pairs of the source's and the
// target's codes, in the order the dictionary lists them. It leaves
// doc.Events untouched, and allocates nothing, when no code holds several.
func splitCodes(doc *annals.Doc) {
	k := slices.IndexFunc(doc.Events, func(e annals.Event) bool {
		return severalCodes(e.Source) || severalCodes(e.Target)
	})
	if k < 0 {
		return
	}
	out := slices.Clone(doc.Events[:k])
	for _, e := range doc.Events[k:] {
		srcs, tgts := refCodes(e.Source), refCodes(e.Target)
		for _, s := range srcs {
			for _, t := range tgts {
				ev := e
				ev.Source = withCode(e.Source, s)
				ev.Target = withCode(e.Target, t)
				if ev.Target != nil && ev.Target.Code == ev.Source.Code || slices.ContainsFunc(out, func(o annals.Event) bool { return sameCoding(&o, &ev) }) {
					continue // one of a name's own actors on another of them, or twice the same event
				}
				out = append(out, ev)
			}
		}
	}
	doc.Events = out
}

// severalCodes reports whether r is an actor whose code names several.
func severalCodes(r *annals.ActorRef) bool {
	return r != nil && strings.Contains(r.Code, dict.CodeSep)
}

// refCodes returns the codes r stands for: one for a plain actor (or none,
// kept as ""), several for a name with several.
func refCodes(r *annals.ActorRef) []string {
	if r == nil {
		return []string{""}
	}
	return strings.Split(r.Code, dict.CodeSep)
}

// withCode returns r with code c, a copy when the code changes.
func withCode(r *annals.ActorRef, c string) *annals.ActorRef {
	if r == nil || r.Code == c {
		return r
	}
	cp := *r
	cp.Code = c
	return &cp
}

// sameCoding reports whether a and b are the same event of one sentence.
func sameCoding(a, b *annals.Event) bool {
	if a.Sentence != b.Sentence || a.Code != b.Code || a.Source.Code != b.Source.Code || (a.Target == nil) != (b.Target == nil) {
		return false
	}
	return a.Target == nil || a.Target.Code == b.Target.Code
}

// soloObject reports whether something follows verb group vg that
// PETRARCH's parse makes a noun phrase: under require_dyad = false
// (dict.Settings.Solo) a verb codes "---" as its target only when it has
// an object or prepositional phrase that names no actor ("said on
// Saturday"). A bare time phrase is no such object ("said today", "said
// Saturday", "said last week": an adverbial of time), nor is the end of the
// sentence or a comma.
func (sc *sentCtx) soloObject(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.End; j < sc.end; j++ {
		t := &toks[j]
		switch {
		case t.Flags&annals.Punct != 0:
			return false
		case t.Tag == annals.RB || timeWords[t.Norm]:
		case (t.Norm == "last" || t.Norm == "next" || t.Norm == "this") && j+1 < sc.end && timeUnit(toks[j+1].Norm):
			j++
		default:
			return true
		}
	}
	return false
}

// timeUnit reports whether w names a span of time that "last", "next" or
// "this" make an adverbial ("last week", "this morning").
func timeUnit(w string) bool {
	switch w {
	case "week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter":
		return true
	}
	return timeWords[w]
}

// possessedList returns, when token pos is the "and" of nouns that a
// possessive governs together ("Eriador's death and injury toll",
// "Arnor's army and navy"), the token of the "'s", from which the walk back
// over the subject goes on; -1 otherwise. The possessor owns the whole
// phrase, not only the first noun.
func (sc *sentCtx) possessedList(pos, lo int) int {
	toks := sc.doc.Tokens
	if pos-2 < lo || toks[pos].Norm != "and" {
		return -1
	}
	q := pos - 1
	for n := 0; q >= lo && n < 3; q, n = q-1, n+1 {
		t := &toks[q]
		if t.Tag == annals.POS {
			if n == 0 {
				return -1
			}
			return q
		}
		if !(t.Tag == annals.NN || t.Tag == annals.NNS || t.Tag == annals.JJ) || t.Flags&annals.Cap != 0 {
			return -1
		}
	}
	return -1
}

// adjacentSlot reports whether v's target slot is written "+!": the actor
// must open the slot, right after the word before it.
func adjacentSlot(v *dict.Verb) bool {
	for i := range v.Items {
		if v.Items[i].Target {
			return v.Items[i].Adjacent
		}
	}
	return false
}

// fillsSlot reports whether the actors objs open the slot (after at most a
// determiner) and, when the slot is closed by a pattern word, fill it up
// to that word but for adverbs, commas and the words of a list: "called
// for President Reagan immediately to", not "called for increased U.S.-EC
// cooperation to".
func (sc *sentCtx) fillsSlot(objs []int, slot annals.Range) bool {
	if len(objs) == 0 {
		return false
	}
	toks := sc.doc.Tokens
	start := slot.Start
	if start < len(toks) && toks[start].Tag == annals.DT {
		start++
	}
	first := &sc.doc.Mentions[objs[0]]
	if first.Tokens.Start > start || first.Tokens.End <= slot.Start {
		return false
	}
	if slot.End < 0 {
		return true
	}
	j := first.Tokens.End
	for _, mi := range objs[1:] {
		m := &sc.doc.Mentions[mi]
		for ; j < m.Tokens.Start && j < slot.End; j++ {
			if t := &toks[j]; t.Tag != annals.CC && t.Tag != annals.COMMA && t.Tag != annals.DT {
				return false
			}
		}
		j = max(j, m.Tokens.End)
	}
	for ; j < slot.End; j++ {
		if t := &toks[j]; t.Tag != annals.RB && t.Tag != annals.COMMA {
			return false
		}
	}
	return true
}

// joinedBy reads "X was joined by Y in <verb>ing Z" around the verb "join"
// at token j: Y does to Z what X does, so both are the gerund's sources.
// It returns X's and Y's mentions and the gerund's token, or g < 0 when
// the words are otherwise. Annals' own dictionaries only.
func (sc *sentCtx) joinedBy(j int) (xs, ys []int, g int) {
	toks := sc.doc.Tokens
	if j+3 >= sc.end || lemma(&toks[j]) != "join" || toks[j].Tag != annals.VBN || toks[j+1].Norm != "by" {
		return nil, nil, -1
	}
	// Y: the actors right after "by", a list included ("by Britain and France").
	y := -1
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.Start == j+2 || m.Tokens.Start == j+3 && toks[j+2].Tag == annals.DT {
			y = mi
			break
		}
	}
	if y < 0 {
		return nil, nil, -1
	}
	end := sc.doc.Mentions[y].Tokens.End
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start < end || m.Tokens.Start > end+1 || end >= sc.end || toks[end].Tag != annals.CC && toks[end].Tag != annals.COMMA {
			continue
		}
		end = m.Tokens.End // "by Britain and France"
	}
	if end+1 >= sc.end || toks[end].Norm != "in" || toks[end+1].Tag != annals.VBG {
		return nil, nil, -1
	}
	ys = sc.listEndingAt(sc.lastActorBefore(end, j+2))
	// X: the subject of "was joined", the verb's auxiliaries (and adverbs)
	// between them.
	k := j - 1
	for k >= sc.start && (toks[k].Tag.IsVerb() || toks[k].Tag == annals.MD || toks[k].Tag == annals.RB) {
		k--
	}
	x := sc.lastActorBefore(k+1, sc.start)
	if k == j-1 || x < 0 || sc.doc.Mentions[x].Tokens.End != k+1 {
		return nil, nil, -1
	}
	return sc.listEndingAt(x), ys, end + 1
}

// joinedSubject returns, for the gerund of "X was joined by Y in
// criticising Z", the actors X and Y: each criticises Z.
func (sc *sentCtx) joinedSubject(vg *annals.VerbGroup) []int {
	h := vg.Tokens.Start
	if vg.Tokens.Len() != 1 || sc.doc.Tokens[h].Tag != annals.VBG || h-1 <= sc.start || sc.doc.Tokens[h-1].Norm != "in" {
		return nil
	}
	for j := h - 2; j > sc.start && j >= h-12; j-- {
		if sc.doc.Tokens[j].Norm != "by" {
			continue
		}
		if xs, ys, g := sc.joinedBy(j - 1); g == h {
			return append(slices.Clip(xs), ys...)
		}
		return nil
	}
	return nil
}

// measureSubject returns, for a gerund right after a measure that is the
// object of a verb ("the committee approved resolutions urging the
// administration to oppose"), the subject of that verb: the measure's
// makers are the ones who urge.
func (sc *sentCtx) measureSubject(vg *annals.VerbGroup, ci int) []int {
	h := vg.Tokens.Start
	if vg.Tokens.Len() != 1 || sc.doc.Tokens[h].Tag != annals.VBG {
		return nil
	}
	// The gerund's own object names the party addressed ("urging the
	// administration"); "calling for trade sanctions against Japan" names
	// none, and Japan is no party urged.
	addressed := false
	for _, mi := range sc.ments {
		if s := sc.doc.Mentions[mi].Tokens.Start; s == h+1 || s == h+2 && sc.doc.Tokens[h+1].Tag == annals.DT {
			addressed = true
			break
		}
	}
	if !addressed {
		return nil
	}
	lo := max(sc.clauseRange(ci).Start, sc.start)
	q := sc.overMeasure(h, lo)
	if q < lo {
		return nil
	}
	x := sc.lastActorBefore(q+1, lo)
	if x < 0 || sc.doc.Mentions[x].Tokens.End != q+1 {
		return nil
	}
	for j := q + 1; j < h; j++ {
		if t := &sc.doc.Tokens[j]; t.Tag.IsVerb() && measureMakers[lemma(t)] {
			return sc.listEndingAt(x)
		}
	}
	return nil // "agreed to a court order barring them": the order is another's
}

// measureMakers are the verbs whose subject makes the measure it governs.
var measureMakers = map[string]bool{
	"approve": true, "pass": true, "adopt": true, "introduce": true, "sponsor": true,
	"send": true, "issue": true, "sign": true, "draft": true, "table": true,
}
