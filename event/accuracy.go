package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/cameo"
	"github.com/annals-project/annals/dict"
)

// needsTarget reports whether an event of CAMEO code code (root root) is
// coded only with a target. Consultations (but mediation, done between
// parties the sentence may leave unnamed), yielding, investigations, criticism,
// rejections, threats, reduced relations and coercion are all done to
// someone: "also criticized the move" names no actor it criticizes, and an
// analyst codes no event from it. Statements (01) never code without a
// target, whatever the dictionary. Appeals, intents, demands, protests and
// force may be aimed at no one named ("the Taliban are seeking
// recognition", "carried out attacks"). Imported dictionaries spell their
// targetless patterns out themselves, so only root 01 is dropped for them.
func (c *Coder) needsTarget(code, root string) bool {
	if root == "01" {
		return true
	}
	if c.dict.NoCountry != "" {
		return false
	}
	switch code {
	case "036":
		return true // "will hold talks": with someone the sentence names, or no event
	case "070":
		// "the Bank of England provided assistance worth 350 mln stg":
		// help given to no party named is money markets or domestic
		// policy, not an interaction. Pledges of aid (033) name their
		// recipients by what they give and stay.
		return true
	case "020", "100":
		// "called for a redefinition of the agency's role", "requested
		// easier terms", "would demand a spread": a wish for a thing,
		// asked of no one the sentence names. The convention codes an
		// appeal or demand only when aimed at an identifiable party; the
		// specific kinds ("appealed for aid", 023) name their usual
		// addressees by what they ask and stay. Asking unnamed people to
		// act ("asked for any external party not to involve themselves")
		// is kept by the caller (askedToAct).
		return true
	}
	switch root {
	case "03":
		// "Nakasone will step down", "Hungary plans to introduce price
		// reform", "expects to reach agreement": an intent to yield (034,
		// 035) or to agree (032) aimed at no one named is domestic policy
		// or a wish. A search for engagement or cooperation (030) and
		// pledges of aid (033) name their counterparts by what they seek
		// or give and stay.
		return strings.HasPrefix(code, "032") || strings.HasPrefix(code, "034") || strings.HasPrefix(code, "035")
	case "04":
		return code != "045"
	case "05", "08", "09", "11", "12", "13", "16", "17":
		return true
	}
	return false
}

// within reports whether every actor of objs is one of subj's: in "China
// and the EC signed an agreement on an EC office" the object names a party
// of the subject again, and the act is the parties' on each other. An empty
// objs is within.
func (sc *sentCtx) within(objs, subj []int) bool {
	for _, o := range objs {
		found := false
		for _, s := range subj {
			if o == s || o >= 0 && s >= 0 && sc.sameActor(o, s) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// mutualParties returns the parties of a passive mutual act with no actor
// as its subject: the "by" agents when there are two or more, else the
// actors listed after "between" ("a memorandum was signed between Cyprus,
// Greece and Israel"), or, for a deal or negotiation, the parties of a "by"
// phrase named with their titles (byParties).
func (sc *sentCtx) mutualParties(by []int, vg *annals.VerbGroup, limit int, code string) []int {
	if len(by) > 1 {
		return by
	}
	if code == "057" || code == "046" {
		// Only deals and negotiations: "supported by the administration
		// and a cross-section of lawmakers" is support of a third thing.
		if ps := sc.byParties(vg, limit); sc.own && ps != nil {
			return ps
		}
	}
	toks := sc.doc.Tokens
	for i := vg.Tokens.End; i < limit && i < vg.Tokens.End+targetWindow; i++ {
		if toks[i].Norm != "between" && toks[i].Norm != "among" {
			continue
		}
		if ps := sc.firstActorFrom(i+1, limit, -1, false); len(ps) > 1 {
			return ps
		}
		break
	}
	return by
}

// ring reports whether srcs and tgts are the same three or more parties
// acting on each other, coded as a ring (A→B, B→C, C→A) rather than every
// pair, as analysts do. Imported dictionaries keep every pair.
func (c *Coder) ring(srcs, tgts []int) bool {
	return c.dict.NoCountry == "" && len(srcs) > 2 && slices.Equal(srcs, tgts)
}

// targetAround finds a target the plain search missed, for annals' own
// dictionaries: an actor among the pattern's own words ("dispersed the
// protesters", "detained two suspects": the pattern names the party acted
// on), else, for acts a political actor does to people (coercion, assault,
// yielding such as a release on bail), a person named right after the
// pattern whom no dictionary lists ("sentenced David and Louise Turpin"),
// coded as a civilian of the source's country. An allegation with no
// object is about the subject of what is alleged.
func (c *Coder) targetAround(sc *sentCtx, v *dict.Verb, verbEnd, next, from, to int, subj, objs []int) []int {
	// The search for the object may have stepped past the subject named
	// again; a person is looked for where the pattern ends.
	from = min(from, next)
	if len(objs) > 0 {
		// "convicted Michael Avenatti, the California lawyer": the person
		// named first is the target, not the role in apposition to them.
		if p := c.unlistedTarget(sc, v, from, min(to, sc.doc.Mentions[objs[0]].Tokens.Start), subj); p != nil {
			return p
		}
		return objs
	}
	for k, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start >= verbEnd && m.Tokens.End <= next && !slices.Contains(subj, mi) {
			if m.Capital && sc.locative(m) {
				continue
			}
			return sc.coordinated(k)
		}
	}
	if strings.HasPrefix(v.Code, "112") {
		// "Police alleged the accused performed two attacks": the
		// allegation is about the subject of what is alleged.
		for k, mi := range sc.ments {
			m := &sc.doc.Mentions[mi]
			if m.Tokens.Start >= next && m.Tokens.Start <= next+2 && !slices.Contains(subj, mi) {
				if mc := sc.clause(m.Tokens.Start); mc >= 0 && sc.doc.Clauses[mc].Kind == annals.Reported {
					return sc.coordinated(k)
				}
			}
		}
	}
	return c.unlistedTarget(sc, v, from, min(to, from+targetWindow), subj)
}

// unlistedTarget returns, for acts a political actor does to people, the
// person whom no dictionary lists named at token from, as a civilian of
// the source's country, or nil.
func (c *Coder) unlistedTarget(sc *sentCtx, v *dict.Verb, from, to int, subj []int) []int {
	info, ok := c.cb.Lookup(v.Code)
	if !ok || len(subj) == 0 || subj[0] < 0 {
		return nil
	}
	switch info.Root {
	case "08", "17", "18":
	default:
		return nil
	}
	country := countryOf(sc.doc.Mentions[subj[0]].Code)
	if country == "" {
		return nil
	}
	if r, ok := sc.unlistedName(from, to); ok {
		name, _, _ := sc.doc.Span(r)
		sc.doc.Mentions = append(sc.doc.Mentions, annals.Mention{
			Kind: annals.ActorMention, Tokens: r, Name: name, Code: country + "CVL",
			Entity: -1, Implied: true, Type: "PERSON", Via: "unlisted person",
		})
		return []int{len(sc.doc.Mentions) - 1}
	}
	if info.Root == "17" && from < to && from < sc.end {
		// "The forestry department arrested them.": people whom no
		// actor names, acted on by the state, are its civilians.
		if t := &sc.doc.Tokens[from]; t.Tag == annals.PRP && (t.Norm == "them" || t.Norm == "him" || t.Norm == "her") {
			sc.doc.Mentions = append(sc.doc.Mentions, annals.Mention{
				Kind: annals.ActorMention, Tokens: annals.Range{Start: from, End: from + 1}, Name: t.Norm, Code: country + "CVL",
				Entity: -1, Implied: true, Via: "unlisted person",
			})
			return []int{len(sc.doc.Mentions) - 1}
		}
	}
	return nil
}

// unlistedName returns the span of a person's name starting at token from
// (after a determiner): two or more capitalised proper nouns, possibly
// joined by "and" ("David and Louise Turpin"), that are no actor or place
// mention.
func (sc *sentCtx) unlistedName(from, to int) (annals.Range, bool) {
	toks := sc.doc.Tokens
	i := from
	for i < to && toks[i].Tag == annals.DT {
		i++
	}
	start, end, names := i, i, 0
	for j := i; j < to && j < sc.end; j++ {
		t := &toks[j]
		if (t.Tag == annals.NNP || t.Tag == annals.NNPS) && t.Flags&annals.Cap != 0 {
			names++
			end = j + 1
			continue
		}
		if t.Norm == "and" && names > 0 && j+1 < to && toks[j+1].Tag == annals.NNP {
			continue
		}
		break
	}
	if names < 2 {
		return annals.Range{}, false
	}
	for i := range sc.doc.Mentions {
		m := &sc.doc.Mentions[i]
		if m.Tokens.Start < end && m.Tokens.End > start {
			return annals.Range{}, false // a listed actor, or a place
		}
	}
	return annals.Range{Start: start, End: end}, true
}

// countryOf returns the country of an actor code, or "" for international
// and non-state roots.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "---", "UAF", "REB", "GOV", "MIL", "JUD", "COP", "CVL", "OPP", "LEG", "BUS", "MED":
		return ""
	}
	return code[:3]
}

// placeOnly reports whether mention m, a country, stands after a
// preposition of place that the search for a target walked over: "rallied
// at Freedom Plaza in the US capital" names where, not whom.
func (sc *sentCtx) placeOnly(m *annals.Mention, from int) bool {
	if m.Type != "COUNTRY" {
		return false
	}
	i := m.Tokens.Start - 1
	if i >= sc.start && sc.doc.Tokens[i].Norm == "the" {
		i--
	}
	return i >= from && sc.where(m)
}

// unnamedProtesters returns, for a protest named by a noun with no owner
// ("weeks of protests against the extradition law", "strikes against a
// government freeze"), the protesters as an actor: the opposition of the
// country the article is about, the way an analyst reads it. It needs a
// target: a bare "the protests continued" codes nothing.
func (c *Coder) unnamedProtesters(sc *sentCtx, v *dict.Verb, t, from, to, ci int) []int {
	if !sc.own {
		return nil
	}
	if info, ok := c.cb.Lookup(v.Code); !ok || info.Root != "14" {
		return nil
	}
	if len(sc.firstActorFrom(from, to, ci, false)) == 0 {
		return nil
	}
	focus := actor.FocusCountry(sc.doc)
	if focus == "" {
		return nil
	}
	doc := sc.doc
	doc.Mentions = append(doc.Mentions, annals.Mention{
		Kind: annals.ActorMention, Tokens: annals.Range{Start: t, End: t + 1},
		Name: focus + " protesters", Code: focus + "OPP", Entity: -1, Implied: true, Via: "context",
	})
	return []int{len(doc.Mentions) - 1}
}

// theyBefore resolves a subject "they" that the clause does not resolve
// ("On Saturday they arrested a man") to the group that was the subject of
// an earlier sentence ("Police arrested a 36-year-old man. They released
// him."): walking back up to three sentences, it skips those whose subject
// names no actor and stops at one whose subject is a person.
func (sc *sentCtx) theyBefore(vg *annals.VerbGroup, ci int) ([]int, string) {
	doc := sc.doc
	i := vg.Tokens.Start - 1
	for i > sc.start && doc.Tokens[i].Tag == annals.RB {
		i-- // "they subsequently released"
	}
	if i < sc.start || ci >= 0 && sc.clause(i) != ci {
		return nil, ""
	}
	if doc.Tokens[i].Norm == "they" && doc.Tokens[i].Tag == annals.PRP {
		if g := sc.listBeforeThey(i); g != nil {
			return g, "coref" // "the markets of Spain and Portugal after they joined"
		}
		return sc.antecedent(annals.Range{Start: i, End: i + 1}, false)
	}
	if r, ok := sc.pluralRole(i); ok {
		return sc.antecedent(r, true)
	}
	return nil, ""
}

// pluralRole reports whether token i ends a definite plural role word that
// names no country ("the foreign ministers", "the energy ministers"): a
// group the text named before. It returns the role's span.
func (sc *sentCtx) pluralRole(i int) (annals.Range, bool) {
	doc := sc.doc
	if i < sc.start || doc.Tokens[i].Tag != annals.NNS {
		return annals.Range{}, false
	}
	for k := range doc.Mentions {
		if m := &doc.Mentions[k]; m.Tokens.End == i+1 && groupRole(doc, m) {
			return m.Tokens, true
		}
	}
	return annals.Range{}, false
}

// groupRole reports whether m is a definite plural role word that names no
// country: "the foreign ministers".
func groupRole(doc *annals.Doc, m *annals.Mention) bool {
	return m.Kind == annals.AgentMention && len(m.Code) == 3 && doc.Tokens[m.Tokens.Start].Norm == "the" &&
		doc.Tokens[m.Tokens.End-1].Tag == annals.NNS
}

// participleSubject returns, for a present participle right after an
// actor that no clause gives a subject, that actor: a reduced relative
// clause ("joined the calls by United Kingdom officials asking the United
// States to waive immunity": the officials ask).
func (sc *sentCtx) participleSubject(vg *annals.VerbGroup) ([]int, string) {
	if vg.Tokens.Len() != 1 || sc.doc.Tokens[vg.Head].Tag != annals.VBG {
		return nil, ""
	}
	for k, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; m.Tokens.End == vg.Tokens.Start && !m.Capital {
			return []int{sc.ments[k]}, "reduced clause"
		}
	}
	return nil, ""
}

// expelForces returns 166 (expel or withdraw) for an expulsion (174) of
// armed forces, annals' own dictionaries only: CAMEO keeps 174 for
// individuals deported, and troops sent out of a country ("a resolution to
// expel United States troops from the country") are a foreign presence
// withdrawn.
func (c *Coder) expelForces(doc *annals.Doc, tgts []int, code string) string {
	if code != "174" || c.dict.NoCountry != "" || len(tgts) == 0 {
		return code
	}
	for _, t := range tgts {
		if t < 0 || !strings.HasSuffix(doc.Mentions[t].Code, "MIL") {
			return code
		}
	}
	return "166"
}

// info returns the codebook entry of code.
func (c *Coder) info(code string) cameo.Info {
	i, _ := c.cb.Lookup(code)
	return i
}

// measureNouns name a decision whose infinitive is the act its makers
// decide on: "voted on a resolution to expel", "passed a bill to ban".
var measureNouns = map[string]bool{
	"resolution": true, "bill": true, "motion": true, "law": true, "decree": true, "measure": true,
	"decision": true, "order": true,
}

// overMeasure returns, for "to" at token to after a measure noun that is
// the object of a verb ("voted on a resolution to expel", "passed a bill
// to ban"), the token before that verb, where the search for the subject
// goes on; -1 when the words are otherwise.
func (sc *sentCtx) overMeasure(to, lo int) int {
	toks := sc.doc.Tokens
	q := to - 1
	if q < lo || !measureNouns[lemma(&toks[q])] {
		return -1
	}
	for q >= lo && sc.npToken(q) {
		q--
	}
	if q >= lo && toks[q].Tag == annals.IN {
		q-- // "voted on"
	}
	if q < lo || !toks[q].Tag.IsVerb() {
		return -1
	}
	switch lemma(&toks[q]) {
	case "veto", "reject", "oppose", "block", "defeat", "kill", "scrap", "shelve":
		return -1 // "vetoed a resolution to impose sanctions": the vetoers impose nothing
	}
	for q >= lo && (toks[q].Tag.IsVerb() || toks[q].Tag == annals.MD || toks[q].Tag == annals.RB) {
		q-- // "has unanimously approved"
	}
	return q
}

// nameAfterPhrase returns, for a noun phrase [start, end) that follows a
// preposition at the head of a clause, the actor named at its end after a
// common noun, when only adverbs stand between it and the verb at token
// before: in "On live television Erdogan also attacked" the phrase of
// place ends at "television" and Erdogan is the subject.
func (sc *sentCtx) nameAfterPhrase(start, end, before int) (annals.Range, bool) {
	if !sc.own || !sc.onlyAdverbs(end, before) {
		return annals.Range{}, false
	}
	toks := sc.doc.Tokens
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start > start && m.Tokens.End == end && !m.Implied {
			if p := toks[m.Tokens.Start-1].Tag; p == annals.NN || p == annals.NNS {
				return m.Tokens, true
			}
		}
	}
	return annals.Range{}, false
}

// onlyAdverbs reports whether tokens [from, to) are all adverbs.
func (sc *sentCtx) onlyAdverbs(from, to int) bool {
	for i := from; i < to; i++ {
		if sc.doc.Tokens[i].Tag != annals.RB {
			return false
		}
	}
	return true
}

// asideStart returns, for the comma at token end that closes a phrase set
// off between a subject and its verb, the comma that opens it: a
// participle phrase ("Trump, responding to Pelosi's announcement via
// Twitter, attacked") or a prepositional one ("Cruz, in remarks to ABC,
// said"). -1 when the words before the comma are no such phrase.
func (sc *sentCtx) asideStart(end, lo int) int {
	toks := sc.doc.Tokens
	for j := end - 1; j > lo; j-- {
		t := &toks[j]
		if t.Tag == annals.STOP || t.Norm == ";" || t.Norm == ":" || t.Tag == annals.QUOTE {
			return -1
		}
		if t.Tag != annals.COMMA {
			continue
		}
		if j+1 >= end {
			return -1
		}
		k := j + 1
		if toks[k].Tag == annals.RB && k+1 < end && (toks[k+1].Tag == annals.VBN || toks[k+1].Tag == annals.VBG) {
			k++ // "Canada, strongly supported by Australia, criticized"
		}
		switch n := &toks[k]; {
		case n.Tag == annals.VBG, n.Tag == annals.VBN, n.Tag == annals.IN && n.Norm != "and",
			// "the U.S. and Brazil, the largest coffee consumer and
			// producer respectively, blamed": roles shared out over a
			// list, whose own "and" joins no parties.
			n.Tag == annals.DT && toks[end-1].Norm == "respectively":
			if p := &toks[j-1]; p.Tag.IsNoun() || p.Tag == annals.PRP {
				return j
			}
		}
		return -1
	}
	return -1
}

// byGroup returns the group that a plural role in the "by" phrase of a
// passive points back to: "The agreement was signed by the energy
// ministers" after a sentence that named the parties.
func (sc *sentCtx) byGroup(vg *annals.VerbGroup, limit int) []int {
	i := sc.byAfter(vg.Tokens.End, limit)
	if i < 0 {
		return nil
	}
	end := i + 1
	for end < limit && sc.npToken(end) {
		end++
	}
	if r, ok := sc.pluralRole(end - 1); ok {
		g, _ := sc.antecedent(r, true)
		return g
	}
	return nil
}

// antecedent finds what a "they" or a plural role at span points back to,
// walking back up to three sentences: the parties of a subject that lists
// several countries, or of a subject itself resolved to such a group; for
// a plural role, else the several sources of the events of the sentence
// before ("a memorandum was signed between Cyprus, Greece and Israel. The
// agreement was signed by the energy ministers."); for "they" alone, else
// the group that was the subject ("Police arrested a man. They released
// him."). Sentences whose subject is one person or names no actor are
// skipped; one whose subject is a person named with a place first stops
// the search.
func (sc *sentCtx) antecedent(span annals.Range, groupOnly bool) ([]int, string) {
	doc := sc.doc
	for s := sc.si - 1; s >= 0 && s >= sc.si-3; s-- {
		st := doc.Sentences[s]
		if st.Title {
			break
		}
		firstVerb := st.Tokens.End
		for i := range doc.Verbs {
			if h := doc.Verbs[i].Head; h >= st.Tokens.Start && h < st.Tokens.End {
				firstVerb = h
				break
			}
		}
		best, person := -1, false
		var group []annals.Mention // the subject's actors, one per country
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			if m.Kind != annals.ActorMention || m.Code == "" || m.Tokens.Start < st.Tokens.Start || m.Tokens.Start >= firstVerb {
				continue
			}
			if best < 0 || m.Tokens.Start < doc.Mentions[best].Tokens.Start {
				best = i
			}
			person = person || m.Type == "PERSON"
			group = addParty(group, *m)
		}
		list := sc.listSubject(st.Tokens.Start, firstVerb)
		if len(group) > 1 && (list || best >= 0 && doc.Mentions[best].Via == "coref") {
			// "Egypt's foreign minister and his Greek, Cypriot and French
			// counterparts gathered ... They called on Turkey": the
			// ministers of every country named.
			return sc.groupAt(span, group), "coref"
		}
		if groupOnly && best < 0 {
			var srcs []annals.Mention
			for e := range doc.Events {
				if ev := &doc.Events[e]; ev.Sentence == s && ev.Source != nil {
					srcs = addParty(srcs, annals.Mention{Name: ev.Source.Name, Code: ev.Source.Code, Entity: -1})
				}
			}
			if len(srcs) > 1 {
				return sc.groupAt(span, srcs), "coref"
			}
		}
		if best < 0 {
			continue // "They subsequently released him.": look further back
		}
		b := doc.Mentions[best]
		if person && !list || b.Implied && b.Tokens.Len() == 1 && doc.Tokens[b.Tokens.Start].Tag == annals.PRP {
			// "The Italian foreign minister joined the talks.": one person
			// is no "they"; a pronoun points further back.
			continue
		}
		if groupOnly || b.Type == "PERSON" || b.Implied {
			return nil, ""
		}
		if j := b.Tokens.Start - 1; j >= st.Tokens.Start && (doc.Tokens[j].Tag == annals.IN || doc.Tokens[j].Tag == annals.TO) || sc.modifierSubject(b) {
			return nil, "" // "In Paris, police ..." names a place first, "Indian countertrade" a thing; too unsure
		}
		return sc.groupAt(span, []annals.Mention{b}), "coref"
	}
	return nil, ""
}

// addParty appends m to group unless an actor of its country is there.
func addParty(group []annals.Mention, m annals.Mention) []annals.Mention {
	c := m.Code[:min(3, len(m.Code))]
	for _, g := range group {
		if g.Code[:min(3, len(g.Code))] == c {
			return group
		}
	}
	return append(group, m)
}

// groupAt appends a mention at span of every actor of group, as
// coreference does, and returns them.
func (sc *sentCtx) groupAt(span annals.Range, group []annals.Mention) []int {
	doc := sc.doc
	out := make([]int, 0, len(group))
	for _, g := range group {
		out = append(out, corefTo(doc, g, span))
	}
	return out
}

// corefTo appends a mention at span r of the actor mention b names, as
// coreference does, and returns its index.
func corefTo(doc *annals.Doc, b annals.Mention, r annals.Range) int {
	doc.Mentions = append(doc.Mentions, annals.Mention{
		Kind: annals.ActorMention, Tokens: r, Name: b.Name, Code: b.Code, Entry: b.Entry,
		Entity: b.Entity, Implied: true, Type: b.Type, Via: "coref",
	})
	return len(doc.Mentions) - 1
}

// listSubject reports whether tokens [from, to) before a sentence's first
// verb join two or more parties with "and": the subject is a group.
func (sc *sentCtx) listSubject(from, to int) bool {
	for i := from; i < to; i++ {
		if t := &sc.doc.Tokens[i]; t.Norm == "and" && t.Tag == annals.CC {
			return true
		}
	}
	return false
}

// legalPassive completes a passive act of the state on people (yielding,
// coercion, violence) that names its actors the way court and war reports
// do: the actor of an operation after "in" ("was killed in a US
// counter-terrorism operation") or the court after "in" ("was sentenced in
// U.S. Federal Court") is the source when no "by" phrase names one, and
// so are police, a court or a government reporting an arrest or a charge
// ("Police director Vladimir Rebic said 71 people were arrested"), and a person whom no dictionary lists,
// named before the verb ("Mohammed Waseem, brother of ..., was sentenced"),
// is the target, a civilian of the source's country.
func (c *Coder) legalPassive(sc *sentCtx, v *dict.Verb, vg *annals.VerbGroup, limit int, srcs, tgts []int) ([]int, []int) {
	info, ok := c.cb.Lookup(v.Code)
	if !ok {
		return srcs, tgts
	}
	switch info.Root {
	case "08", "17", "18", "19":
	default:
		return srcs, tgts
	}
	doc := sc.doc
	if len(srcs) == 0 && info.Root != "08" {
		srcs = sc.operationBy(vg, limit)
	}
	if len(srcs) == 0 {
		for _, mi := range sc.ments {
			m := &doc.Mentions[mi]
			if m.Tokens.Start < vg.Tokens.End || m.Tokens.Start >= limit || !strings.HasSuffix(m.Code, "JUD") {
				continue
			}
			j := m.Tokens.Start - 1
			if j > sc.start && (doc.Tokens[j].Tag == annals.DT) {
				j-- // "in a French court", "in the Supreme Court"
			}
			if j >= sc.start {
				if p := doc.Tokens[j].Norm; p == "in" || p == "at" || p == "before" {
					srcs = []int{mi}
				}
			}
			break
		}
	}
	if len(srcs) == 0 && info.Root == "17" {
		srcs = sc.officialSpeaker(vg)
	}
	if len(srcs) == 0 || len(tgts) > 0 || srcs[0] < 0 {
		return srcs, tgts
	}
	country := countryOf(doc.Mentions[srcs[0]].Code)
	if country == "" {
		return srcs, tgts
	}
	lo := max(sc.clauseRange(sc.clause(vg.Head)).Start, sc.start)
	for i := lo; i < vg.Tokens.Start; i++ {
		if i > lo && (doc.Tokens[i-1].Tag == annals.IN || doc.Tokens[i-1].Tag == annals.TO) {
			continue // the object of a preposition: "On Friday", "in Pakistan"
		}
		if r, ok := sc.unlistedName(i, vg.Tokens.Start); ok {
			name, _, _ := doc.Span(r)
			doc.Mentions = append(doc.Mentions, annals.Mention{
				Kind: annals.ActorMention, Tokens: r, Name: name, Code: country + "CVL",
				Entity: -1, Implied: true, Type: "PERSON", Via: "unlisted person",
			})
			return srcs, []int{len(doc.Mentions) - 1}
		}
	}
	return srcs, tgts
}

// contentless reports whether code names a statement with no CAMEO
// content of its own (010, "told reporters", "responded to", "spoke to"),
// which annals' conventions do not count as an event: a statement is coded
// when it criticizes, accuses, praises, appeals, demands, rejects or
// otherwise says something CAMEO has a code for. The patterns stay in the
// dictionary so that they settle their verbs ("respond to request for
// comment" is no other act). Imported dictionaries keep their 010 events.
func (c *Coder) contentless(code string) bool {
	if c.dict.NoCountry != "" {
		return false
	}
	switch code {
	case "010", "011", "012", "013", "014", "019":
		// Declining comment, pessimism, optimism, deliberation ("had
		// studied Howard's plans") and agreement are said of a matter ("sceptical of the accord", "confident Chirac could
		// resist", "agreed with the government on one consortium"), not
		// done to the party the matter names.
		return true
	}
	return false
}

// timeWords are the words that end a prepositional phrase of time written
// without a comma before the subject: "On Saturday they arrested".
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"yesterday": true, "today": true, "tonight": true, "morning": true, "afternoon": true, "evening": true, "night": true,
}

// passiveMatch matches a pattern whose first word after the verb is its
// object against a passive verb whose subject is that object: "the
// agreement was signed by A and B" is "sign agreement". The object is
// looked for in the noun phrase before the verb ("a memorandum of
// understanding about the pipeline was signed"); the rest of the pattern
// must follow the verb.
func (sc *sentCtx) passiveMatch(v *dict.Verb, vg *annals.VerbGroup, lim int) (ok bool, slot annals.Range, next int) {
	slot = annals.Range{Start: -1, End: -1}
	if len(v.Items) < 2 || len(v.Before) > 0 {
		return false, slot, 0
	}
	obj := v.Items[1]
	if obj.Target || obj.Source || obj.Optional {
		return false, slot, 0
	}
	toks := sc.doc.Tokens
	found := false
	for j, n := vg.Tokens.Start-1, 0; j >= sc.start && n < 8; j, n = j-1, n+1 {
		t := &toks[j]
		if t.Tag.IsVerb() || t.Tag == annals.COMMA || t.Flags&annals.Punct != 0 {
			break
		}
		if t.Tag.IsNoun() && has(obj.Alts, t) {
			found = true
			break
		}
	}
	if !found {
		return false, slot, 0
	}
	return sc.match(v.Items[2:], vg.Tokens.End, lim, v.Reach)
}

// reportedFuture reports whether "would" on verb group vg is the future of
// reported speech ("Baldrige said the United States would go ahead with
// sanctions"), not a condition: its clause reports a past speech verb, and
// no "if" or "unless" clause hangs on it ("said he would veto the bill if
// it reached his desk" stays hypothetical).
func (sc *sentCtx) reportedFuture(vg *annals.VerbGroup) bool {
	ci := sc.clause(vg.Head)
	if ci < 0 {
		return false
	}
	for k := range sc.doc.Clauses {
		cl := &sc.doc.Clauses[k]
		if k != ci && cl.Parent == ci && cl.Kind == annals.Subordinate {
			switch sc.doc.Tokens[cl.Tokens.Start].Norm {
			case "if", "unless":
				return false
			}
		}
	}
	// The reported clause may hold the verb's own clause ("said that X
	// would meet Y and would sign ...").
	for n := 0; ci >= 0 && n < 3; n++ {
		cl := &sc.doc.Clauses[ci]
		if cl.Kind == annals.Reported && cl.Parent >= 0 && cl.Parent != ci {
			v := sc.verbBefore(cl.Tokens.Start, cl.Parent)
			if v == nil {
				v = sc.verbAfter(cl.Tokens.End, cl.Parent)
			}
			return v != nil && v.Tense == annals.Past && v.Modal == ""
		}
		if cl.Parent == ci {
			break
		}
		ci = cl.Parent
	}
	return false
}

// whenFuture reports whether verb group vg, in the present tense, stands
// in a clause of time ("when he meets Baker next week") that hangs on a
// clause in the future ("will resist pressure"): the meeting is planned.
func (sc *sentCtx) whenFuture(vg *annals.VerbGroup) bool {
	ci := sc.clause(vg.Head)
	if ci < 0 || vg.Tense != annals.Present {
		return false
	}
	cl := &sc.doc.Clauses[ci]
	if cl.Kind != annals.Subordinate || cl.Parent < 0 || cl.Parent == ci {
		return false
	}
	switch sc.doc.Tokens[cl.Tokens.Start].Norm {
	case "when", "once", "after", "before", "until", "while":
	default:
		return false
	}
	v := sc.verbBefore(cl.Tokens.Start, cl.Parent)
	// Step back over infinitives to the finite verb: "will resist pressure
	// ... to cut the surplus when he meets".
	for n := 0; v != nil && n < 3 && v.Tokens.Start > sc.start && sc.doc.Tokens[v.Tokens.Start-1].Tag == annals.TO; n++ {
		v = sc.verbBefore(v.Tokens.Start, cl.Parent)
	}
	return v != nil && (v.Tense == annals.Future || v.Modal == "will" || v.Modal == "shall")
}

// civilianViolence recodes military force (root 19) used by actors who
// have no armed forces, civilians, protesters, workers, media or
// businesses, as unconventional violence (180): "shot by a prisoner",
// "attacked by protesters". CAMEO keeps root 19 for state and organised
// armed forces. Imported dictionaries keep their codes.
func (c *Coder) civilianViolence(doc *annals.Doc, srcs []int, code string, info cameo.Info) (string, cameo.Info) {
	if c.dict.NoCountry != "" || info.Root != "19" || len(srcs) == 0 {
		return code, info
	}
	for _, s := range srcs {
		if s < 0 {
			return code, info
		}
		m := &doc.Mentions[s]
		if len(m.Code) != 6 {
			return code, info
		}
		switch m.Code[3:] {
		case "CVL", "OPP", "LAB", "MED", "BUS", "EDU", "REL", "AGR":
		default:
			return code, info
		}
	}
	if ni, ok := c.cb.Lookup("180"); ok {
		return "180", ni
	}
	return code, info
}

// operationNouns name the armed operations whose actor carries out what
// happens "in" them.
var operationNouns = map[string]bool{
	"operation": true, "strike": true, "airstrike": true, "raid": true, "attack": true,
	"bombing": true, "offensive": true, "shelling": true, "ambush": true, "assault": true,
}

// operationBy returns the actor of an operation named after a passive
// verb: "was killed in a United States counterterrorism operation".
func (sc *sentCtx) operationBy(vg *annals.VerbGroup, limit int) []int {
	toks := sc.doc.Tokens
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start < vg.Tokens.End || m.Tokens.Start >= limit {
			continue
		}
		j := m.Tokens.Start - 1
		if j > sc.start && toks[j].Tag == annals.DT {
			j--
		}
		if j < sc.start || toks[j].Norm != "in" {
			return nil
		}
		for k := m.Tokens.End; k < limit && k < m.Tokens.End+3; k++ {
			if operationNouns[lemma(&toks[k])] && toks[k].Tag.IsNoun() {
				return []int{mi}
			}
			if !toks[k].Tag.IsNoun() && toks[k].Tag != annals.JJ {
				break
			}
		}
		return nil
	}
	return nil
}

// officialSpeaker returns the speaker of the reported clause that holds vg
// when the speaker is the police, a court, the military or a government,
// who report their own arrests and charges.
func (sc *sentCtx) officialSpeaker(vg *annals.VerbGroup) []int {
	ci := sc.clause(vg.Head)
	if ci < 0 {
		return nil
	}
	cl := &sc.doc.Clauses[ci]
	if cl.Kind != annals.Reported || cl.Parent < 0 || cl.Parent == ci {
		return nil
	}
	v := sc.verbBefore(cl.Tokens.Start, cl.Parent)
	if v == nil {
		v = sc.verbAfter(cl.Tokens.End, cl.Parent)
	}
	if v == nil {
		return nil
	}
	spk, _ := sc.subject(v, cl.Parent)
	if len(spk) != 1 || spk[0] < 0 {
		return nil
	}
	code := sc.doc.Mentions[spk[0]].Code
	if len(code) == 6 {
		switch code[3:] {
		case "COP", "JUD", "MIL", "GOV":
			return spk
		}
	}
	return nil
}

// objectBeforeComma returns the verb group whose object is span when span
// stands between that verb and vg with only a comma after it: in "forces
// smashed four Iraqi brigades, killed 1,500 soldiers" the brigades are what
// was smashed, and "killed" shares the subject of "smashed". It returns nil
// when span is not such an object.
func (sc *sentCtx) objectBeforeComma(vg *annals.VerbGroup, span annals.Range, ci int) *annals.VerbGroup {
	toks := sc.doc.Tokens
	c := vg.Tokens.Start - 1
	if vg.Passive || c <= sc.start || toks[c].Tag != annals.COMMA || span.End != c {
		return nil
	}
	prev := sc.verbBefore(span.Start, ci)
	if prev == nil || prev.Tokens.End != span.Start || prev.Passive {
		return nil
	}
	return prev
}

// sharedObject returns where the object of a verb starts when the verb is
// joined to a second one that shares it: "killed or wounded 1,500 Iraqi
// soldiers" did both to the soldiers. Only a second verb of the same form
// whose object follows at once counts ("met and agreed to ..." does not
// share). Otherwise it returns from.
func (sc *sentCtx) sharedObject(from, limit int) int {
	toks := sc.doc.Tokens
	if from < sc.start || from+2 >= limit || toks[from].Tag != annals.CC || from-1 < sc.start {
		return from
	}
	if n := toks[from].Norm; n != "and" && n != "or" {
		return from
	}
	v2 := &toks[from+1]
	if !v2.Tag.IsVerb() || !toks[from-1].Tag.IsVerb() {
		return from
	}
	switch toks[from+2].Tag {
	case annals.TO, annals.IN, annals.COMMA, annals.CC:
		return from
	}
	return from + 2
}

// sharedModal returns the verb group whose modal a bare verb joined to it
// by "and" or "or" shares: in "will make a visit and hold talks" the talks
// are as future as the visit. It returns nil when vg is not such a verb.
func (sc *sentCtx) sharedModal(vg *annals.VerbGroup) *annals.VerbGroup {
	if !sc.own || vg.Tokens.Len() != 1 || vg.Tokens.Start-1 <= sc.start {
		return nil
	}
	toks := sc.doc.Tokens
	if toks[vg.Head].Tag != annals.VB || toks[vg.Tokens.Start-1].Tag != annals.CC {
		return nil
	}
	if n := toks[vg.Tokens.Start-1].Norm; n != "and" && n != "or" {
		return nil
	}
	host := sc.verbBefore(vg.Tokens.Start-1, -1)
	if host == nil || host.Modal == "" || toks[host.Head].Tag != annals.VB {
		return nil
	}
	return host
}

// restated drops from one sentence's events those with no target whose
// source does an act of the same CAMEO root to a named target in the same
// sentence: "killed or wounded 1,500 Iraqi soldiers and destroyed 45 enemy
// tanks" tells one attack, on the Iraqis, not a second on no one. It
// filters evs in place.
func restated(evs []annals.Event) []annals.Event {
	out := evs[:0]
	for i := range evs {
		e := &evs[i]
		if e.Target == nil && slices.ContainsFunc(evs, func(o annals.Event) bool {
			return o.Target != nil && o.Root == e.Root && o.Source.Code == e.Source.Code
		}) {
			continue
		}
		out = append(out, *e)
	}
	return out
}

// insideName reports whether token i is a word inside an actor's name, not
// its first: the "of" of "the U.S. House of Representatives" is no "warn
// of".
func (sc *sentCtx) insideName(i int) bool {
	for _, mi := range sc.ments {
		if r := sc.doc.Mentions[mi].Tokens; i > r.Start && i < r.End {
			return true
		}
	}
	return false
}

// premisesOf reports whether mention m names the owner of a building the
// verb's phrase of place names: "met at the offices of the International
// Monetary Fund" says where the officials met, not whom.
func (sc *sentCtx) premisesOf(m *annals.Mention) bool {
	toks := sc.doc.Tokens
	i := m.Tokens.Start - 1
	if i >= sc.start && toks[i].Norm == "the" {
		i--
	}
	if i-1 < sc.start || toks[i].Norm != "of" {
		return false
	}
	switch lemma(&toks[i-1]) {
	case "office", "headquarters", "building", "premises", "compound", "residence":
	default:
		return false
	}
	for j := i - 2; j >= sc.start && j >= i-4; j-- {
		switch toks[j].Norm {
		case "at", "in", "inside", "outside", "near":
			return true
		}
	}
	return false
}

// countryAndCapital reports whether mentions a and b name one state twice,
// as the country and its capital: "Hungary ... ties with Budapest".
func (sc *sentCtx) countryAndCapital(a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	ma, mb := &sc.doc.Mentions[a], &sc.doc.Mentions[b]
	if ma.Capital == mb.Capital || len(ma.Code) < 3 || len(mb.Code) < 3 || ma.Code[:3] != mb.Code[:3] {
		return false
	}
	if ma.Capital {
		ma = mb
	}
	return ma.Type == "COUNTRY" && len(ma.Code) == 3
}

// numberClash reports whether the pronoun at token p cannot stand for the
// actors src: "it" is not "Chinese officials".
func (sc *sentCtx) numberClash(p int, src []int) bool {
	if len(src) != 1 || src[0] < 0 || sc.doc.Tokens[p].Norm != "it" {
		return false
	}
	// A plural common noun only: "the Syrian Democratic Forces (SDF)" and
	// "the United States" are one body each.
	last := &sc.doc.Tokens[sc.doc.Mentions[src[0]].Tokens.End-1]
	return last.Tag == annals.NNS && last.Flags&annals.Cap == 0
}

// objectComplement reports whether span, before verb group vg, is the
// object of an earlier verb of the same clause and vg a participle telling
// what became of it: "fled the battlefield, leaving 220 men killed". The
// men did no killing.
func (sc *sentCtx) objectComplement(vg *annals.VerbGroup, span annals.Range, ci int) bool {
	if vg.Tokens.Len() != 1 || span.End != vg.Tokens.Start {
		return false
	}
	prev := sc.verbBefore(span.Start, ci)
	if prev == nil || prev.Tokens.End != span.Start {
		return false
	}
	switch lemma(&sc.doc.Tokens[prev.Head]) {
	case "leave", "find", "see", "get", "have", "keep":
		return true
	}
	return false
}

// approximator reports whether token i is a word like "about" that rounds
// the number after it ("about 70 soldiers", "over 200 people"): tagged as
// a preposition, it opens no prepositional phrase.
func approximator(toks []annals.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Tag != annals.CD {
		return false
	}
	switch toks[i].Norm {
	case "about", "around", "over", "nearly", "almost", "some", "approximately", "roughly":
		return true
	}
	return false
}

// namesThing reports whether mention mi only modifies a thing named after
// it ("negotiated the Iran nuclear deal"): the thing is what was
// negotiated, and Iran did nothing back.
func (sc *sentCtx) namesThing(mi int) bool {
	if mi < 0 {
		return false
	}
	m := &sc.doc.Mentions[mi]
	if m.Part.End > 0 {
		return false
	}
	for e := m.Tokens.End; e < sc.end && e < m.Tokens.End+3; e++ {
		t := &sc.doc.Tokens[e]
		if t.Flags&annals.Cap != 0 {
			return false
		}
		switch t.Tag {
		case annals.JJ:
			continue
		case annals.NN, annals.NNS:
			return true
		}
		return false
	}
	return false
}

// askedToAct reports whether an appeal or demand's object is people asked
// to do something, an infinitive right after a plain noun phrase: "asked
// for any external party not to intervene", "wants foreign forces to
// leave". Such an appeal is aimed at those people even when no dictionary
// names them; "called for a redefinition", "asked for a reduction in crew
// levels" ask for a thing.
func (sc *sentCtx) askedToAct(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	end := sc.end
	j := vg.Tokens.End
	if j < end && toks[j].Norm == "for" {
		j++
	}
	nouns := 0
	for ; j < end && j < vg.Tokens.End+8; j++ {
		t := &toks[j]
		switch {
		case t.Norm == "to" || t.Norm == "not" && j+1 < end && toks[j+1].Norm == "to":
			if t.Norm == "not" {
				j++
			}
			return nouns > 0 && j+1 < end && toks[j+1].Tag == annals.VB
		case t.Tag.IsNoun():
			nouns++
		case t.Tag == annals.DT || t.Tag == annals.JJ || t.Tag == annals.PRPS || t.Tag == annals.CD || t.Flags&annals.Punct != 0 && t.Tag != annals.COMMA:
		default:
			return false
		}
	}
	return false
}

// publicAppeal reports whether a verb of appeal is one made to the public
// at large, which needs no addressee: "Mozambique appealed for 160 mln
// dlrs", "pleaded for calm". "Called for" and "asked for" are not.
func publicAppeal(t *annals.Token) bool {
	switch lemma(t) {
	case "appeal", "plead":
		return true
	}
	return false
}

// uncodedPartner reports whether a "with" phrase after verb group vg names
// a party that has no actor code ("Venezuela, Chile and the Philippines have
// struck agreement with commercial banks"): the subjects then acted with
// that party, not with each other.
func (sc *sentCtx) uncodedPartner(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+6; j++ {
		if toks[j].Tag == annals.COMMA || toks[j].Tag == annals.STOP {
			return false
		}
		if toks[j].Norm != "with" {
			continue
		}
		for k := range sc.doc.Mentions {
			m := &sc.doc.Mentions[k]
			if m.Kind == annals.AgentMention && m.Tokens.Start > j && m.Tokens.Start <= j+3 {
				return true
			}
		}
		return false
	}
	return false
}

// backdrop reports whether token j opens a phrase or clause that sets the
// scene of the act rather than naming its partner: "amid signs officials
// are irritated", "despite protests by Korea", "while U.S. officials said",
// "as Iran threatened". "As" counts only when a finite verb follows soon,
// so that "such as Japan" and "described it as a provocation" do not.
func (sc *sentCtx) backdrop(j int) bool {
	toks := sc.doc.Tokens
	switch toks[j].Norm {
	case "amid", "amidst", "despite", "while", "whereas", "although", "though":
		return true
	case "as":
	default:
		return false
	}
	if j > 0 {
		switch toks[j-1].Norm {
		case "such", "well", "so", "as", "just":
			return false
		}
	}
	for k := j + 1; k < sc.end && k <= j+6; k++ {
		switch {
		case toks[k].Tag == annals.COMMA || toks[k].Tag == annals.STOP:
			return false
		case toks[k].Tag == annals.VBD || toks[k].Tag == annals.VBZ || toks[k].Tag == annals.VBP || toks[k].Tag == annals.MD:
			return true
		}
	}
	return false
}

// withPartner reports whether mention mi stands in a "with" phrase ("talks
// with the United States") or names the body whose meeting it is: the
// places where a pattern that names no partner may still find one.
func (sc *sentCtx) withPartner(mi int) bool {
	toks := sc.doc.Tokens
	j := sc.doc.Mentions[mi].Tokens.Start - 1
	for j > sc.start && (toks[j].Tag == annals.DT || toks[j].Tag == annals.JJ || toks[j].Tag == annals.PRPS) {
		j--
	}
	if j < sc.start {
		return false
	}
	switch toks[j].Norm {
	case "with":
		return true
	case "of":
		// "attend council meetings of the IMF": the body that meets.
		return j > sc.start && meetingNouns[lemma(&toks[j-1])]
	}
	return false
}
