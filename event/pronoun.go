package event

import (
	"fmt"
	"slices"
	"strings"

	"github.com/annals-project/annals"
)

// This file resolves "it", "its", "they", "their" and "them" standing for
// actors (countries, governments, organisations, groups) inside the coder.
// entity/ resolves "he" and "she" to people; a pronoun for a state or a
// body is the coder's, because only an actor the dictionaries code can be
// its antecedent. The rule, in order of salience:
//
//  1. the subject of the pronoun's own sentence, when it stands before
//     the pronoun and agrees in number;
//  2. the subject of the sentence before;
//  3. for "they" and "them" only, the most recent agreeing group of the
//     pronoun's own sentence.
//
// Never across a paragraph break unless the paragraph opens with the
// pronoun, never an actor inside a quotation when the pronoun is outside
// one, never for a pleonastic "it" ("it is likely", "it was reported"),
// and never for an "it" continuing an earlier "it" that stands for no
// actor. A spot check over Reuters and Wikinews articles outside the gold
// sets showed that "it" mostly means a company or a thing: the rule was
// narrowed (no mention coded only by the article's country, no word inside
// a longer name, no object "it" without an actor's complement such as
// "urged it to") until 16 of its 17 distinct resolutions were right.

// corefNote records how an implied mention was found, for the evidence.
type corefNote struct {
	mention int
	note    string
}

// pronounSource resolves the pronoun subject of vg ("It also accused
// Iraq", "they later attacked"), or of the verb whose infinitive vg is
// ("it agreed to cut"), when nothing else in the clause names the source.
func (sc *sentCtx) pronounSource(vg *annals.VerbGroup, ci int) ([]int, string) {
	for n := 0; n < 3; n++ {
		host := sc.infinitiveHost(vg)
		if host == nil {
			break
		}
		vg = host
		ci = sc.clause(vg.Head)
	}
	p := vg.Tokens.Start - 1
	for p > sc.start && sc.doc.Tokens[p].Tag == annals.RB {
		p-- // "it subsequently attacked"
	}
	if p < sc.start || ci >= 0 && sc.clause(p) != ci {
		return nil, ""
	}
	t := &sc.doc.Tokens[p]
	if r := sc.rolePronoun(p); r != nil {
		return r, "coref" // "The official said ... He said" (role_pronouns.go)
	}
	if t.Tag != annals.PRP || t.Norm != "it" && t.Norm != "they" {
		return nil, ""
	}
	if t.Norm == "it" && sc.pleonastic(p) {
		return nil, ""
	}
	return sc.resolveActorPronoun(p, nil), "coref"
}

// pleonastic reports whether "it" at token p stands for no actor: "it is
// likely", "it was reported that", "it is time to", "it seems".
func (sc *sentCtx) pleonastic(p int) bool {
	toks := sc.doc.Tokens
	end := sc.doc.Sentences[sc.doc.SentenceOf(p)].Tokens.End
	j := p + 1
	for j < end && (toks[j].Tag == annals.RB || toks[j].Tag == annals.MD) {
		j++
	}
	if j >= end {
		return true
	}
	var vg *annals.VerbGroup
	for i := range sc.doc.Verbs {
		if v := &sc.doc.Verbs[i]; v.Tokens.Start <= j && j < v.Tokens.End {
			vg = v
			break
		}
	}
	if vg == nil {
		return false
	}
	switch lemma(&toks[vg.Head]) {
	case "seem", "appear", "rain", "happen", "matter", "remain", "take", "cost", "look":
		return true
	case "come":
		// "when it comes to business"
		return vg.Tokens.End < end && toks[vg.Tokens.End].Norm == "to"
	case "be", "become":
		// "it is likely to", "it was not clear whether", "it is time".
		k := vg.Tokens.End
		for k < end && k < vg.Tokens.End+5 {
			switch toks[k].Norm {
			case "that", "to", "whether", "if", "why", "how", "when", "what", "who", "for":
				return true
			}
			k++
		}
		return false
	}
	if vg.Passive {
		// "it was reported that", "it is expected", "it was learned".
		return true
	}
	return false
}

// inQuote reports whether token t lies inside a quotation.
func (sc *sentCtx) inQuote(t int) bool {
	doc := sc.doc
	s := doc.SentenceOf(t)
	if s < 0 || doc.Sentences[s].Title {
		return false
	}
	b, e := int(doc.Tokens[t].Start), int(doc.Tokens[t].End)
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if q.Kind != "scare" && b >= q.Start && e <= q.End {
			return true
		}
	}
	return false
}

// pluralActor reports whether mention m names several: "the rebels",
// "officials", "police", "Kenyans".
func (sc *sentCtx) pluralActor(m *annals.Mention) bool {
	last := &sc.doc.Tokens[m.Tokens.End-1]
	switch last.Norm {
	case "police", "people", "forces", "troops", "authorities":
		return true
	}
	switch last.Tag {
	case annals.NNS:
		return true
	case annals.NNPS:
		// "Kenyans", but not "the United States" or "the Philippines".
		return m.Type != "COUNTRY" && m.Type != "ORG"
	}
	return false
}

// agrees reports whether mention m can be what pronoun word stands for.
func (sc *sentCtx) agrees(m *annals.Mention, plural, sameSentence bool) bool {
	if m.Type == "PERSON" || sc.personRole(m) {
		return false
	}
	if m.Via != "" && !(plural && sameSentence) && (plural || !sc.contextBody(m)) {
		// A role coded only by the article's country ("officials",
		// "the company") is too weak a guess to carry a pronoun, save a
		// group in the pronoun's own sentence ("sent the police a plan,
		// which they rejected") and a single state body for "it" ("The
		// Commerce Department said ... It made", body_pronouns.go).
		return false
	}
	if plural {
		return sc.pluralActor(m)
	}
	return !sc.pluralActor(m)
}

// sentenceSubject returns the index into doc.Mentions of the actor that
// heads the subject of sentence s, or of a clause of it, before token
// limit: the first actor before the sentence's first verb, standing whole
// (not a modifier inside a longer name, as in "Cooper Canada Ltd" or "the
// Iran arms scandal") and governed by no preposition ("In Paris, police
// ..." names a place first); -1 when there is none.
func (sc *sentCtx) sentenceSubject(s, limit int) int {
	doc := sc.doc
	st := doc.Sentences[s]
	first := st.Tokens.End
	for i := range doc.Verbs {
		if h := doc.Verbs[i].Head; h >= st.Tokens.Start && h < st.Tokens.End {
			first = h
			break
		}
	}
	first = min(first, limit)
	best := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Code == "" || m.Implied || m.Tokens.Start < st.Tokens.Start || m.Tokens.End > first {
			continue
		}
		if best < 0 || m.Tokens.Start < doc.Mentions[best].Tokens.Start {
			best = i
		}
	}
	if best < 0 {
		return -1
	}
	if j := doc.Mentions[best].Tokens.Start - 1; j >= st.Tokens.Start && (doc.Tokens[j].Tag == annals.IN || doc.Tokens[j].Tag == annals.TO) && !sc.quantityOf(j) {
		return -1 // "In Paris, police ...", "by the House"
	}
	j := doc.Mentions[best].Tokens.End
	if !sc.whole(best) {
		if !sc.bodyHead(best) {
			return -1
		}
		j++ // "The ruling GATT Council adopted": GATT's own council
	}
	for j < st.Tokens.End && (doc.Tokens[j].Tag == annals.RB || dayWord(doc.Tokens[j].Norm)) {
		j++ // "The Council yesterday adopted"
	}
	if j >= st.Tokens.End {
		return -1
	}
	switch t := &doc.Tokens[j]; {
	case t.Tag.IsVerb() || t.Tag == annals.MD || t.Tag == annals.COMMA || t.Tag == annals.CC || t.Tag == annals.WDT || t.Tag == annals.WP:
		return best
	case t.Norm == "(":
		return best
	}
	return -1 // a noun phrase's modifier, not the subject
}

// dayWord reports whether w is an adverb of time tagged as a noun.
func dayWord(w string) bool {
	return w == "yesterday" || w == "today" || w == "tomorrow" || w == "tonight"
}

// bodyHead reports whether the word right after mention mi names a
// council, commission, committee or board of the body mi names, with only
// modifiers before it: "the ruling GATT Council", "the EC Commission". Such
// a phrase is that body, as the subject of its sentence.
func (sc *sentCtx) bodyHead(mi int) bool {
	doc := sc.doc
	m := &doc.Mentions[mi]
	j := m.Tokens.End
	if j >= sc.doc.Sentences[doc.SentenceOf(m.Tokens.Start)].Tokens.End || doc.Tokens[j].Tag != annals.NNP {
		return false
	}
	switch doc.Tokens[j].Norm {
	case "council", "commission", "committee", "board", "secretariat":
	default:
		return false
	}
	return m.Type == "ORG" || strings.HasPrefix(m.Code, "IGO")
}

// governed reports whether a preposition governs mention mi ("supporters
// of Baghdad", "in the U.S."), a quantity's "of" aside.
func (sc *sentCtx) governed(mi int) bool {
	j := sc.doc.Mentions[mi].Tokens.Start - 1
	for j >= sc.start && sc.doc.Tokens[j].Tag == annals.DT {
		j--
	}
	return j >= sc.start && (sc.doc.Tokens[j].Tag == annals.IN || sc.doc.Tokens[j].Tag == annals.TO) && !sc.quantityOf(j)
}

// quantityOf reports whether the "of" at token j follows a quantity:
// "thousands of Hong Kong protesters" are the protesters.
func (sc *sentCtx) quantityOf(j int) bool {
	if sc.doc.Tokens[j].Norm != "of" || j == 0 {
		return false
	}
	switch t := &sc.doc.Tokens[j-1]; {
	case t.Tag == annals.CD:
		return true
	case t.Norm == "thousands" || t.Norm == "hundreds" || t.Norm == "dozens" || t.Norm == "millions" || t.Norm == "scores":
		return true
	}
	return false
}

// whole reports whether mention mi stands as a noun phrase of its own,
// not as a word inside a longer name or a modifier of another noun:
// "Cooper Canada Ltd", "Tennessee Valley Authority", "the Iran arms
// scandal".
func (sc *sentCtx) whole(mi int) bool {
	doc := sc.doc
	m := &doc.Mentions[mi]
	st := doc.Sentences[doc.SentenceOf(m.Tokens.Start)]
	if j := m.Tokens.Start - 1; j >= st.Tokens.Start {
		switch doc.Tokens[j].Tag {
		case annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.POS, annals.JJ:
			return false
		}
	}
	if j := m.Tokens.End; j < st.Tokens.End {
		switch doc.Tokens[j].Tag {
		case annals.NN, annals.NNS, annals.NNP, annals.NNPS, annals.POS, annals.VBN:
			return false
		}
	}
	return true
}

// personRole reports whether mention m is one person named by a role
// ("the foreign minister", "a company official"): no "it".
func (sc *sentCtx) personRole(m *annals.Mention) bool {
	switch lemma(&sc.doc.Tokens[m.Tokens.End-1]) {
	case "official", "spokesman", "spokeswoman", "minister", "president", "chairman", "chief", "officer",
		"director", "secretary", "leader", "ambassador", "envoy", "governor", "premier", "king", "queen",
		"prince", "general", "commander", "judge", "source", "negotiator", "representative", "delegate",
		"mayor", "senator", "diplomat", "aide", "adviser", "advisor", "chancellor", "head", "member":
		return true
	}
	return false
}

// resolveActorPronoun resolves the actor pronoun at token p to implied
// mentions at p, none of them the same actor as a mention of exclude (a
// verb's subject is not its own object). It returns nil when no actor
// qualifies.
func (sc *sentCtx) resolveActorPronoun(p int, exclude []int) []int {
	doc := sc.doc
	word := doc.Tokens[p].Norm
	plural := word == "they" || word == "them" || word == "their"
	best := sc.pronounAntecedent(p, sc.si, exclude, true)
	if best < 0 {
		return nil
	}
	group := []int{best}
	if plural {
		if l := sc.listAt(best); l != nil {
			group = l
		}
	}
	return sc.corefGroup(group, best, p, word, "")
}

// corefGroup resolves the pronoun word at token p to the mentions of
// group, best the one it was found by, and records the evidence note
// "word = names (sentence n<how>)" for each; it returns the new mentions.
func (sc *sentCtx) corefGroup(group []int, best, p int, word, how string) []int {
	doc := sc.doc
	out := make([]int, 0, len(group))
	names := make([]string, 0, len(group))
	for _, g := range group {
		b := doc.Mentions[g]
		out = append(out, corefTo(doc, b, annals.Range{Start: p, End: p + 1}))
		text, _, _ := doc.Span(b.Tokens)
		names = append(names, text)
	}
	note := fmt.Sprintf("%s = %s (sentence %d%s)", word, strings.Join(names, " and "), doc.SentenceOf(doc.Mentions[best].Tokens.Start), how)
	for _, mi := range out {
		sc.corefs = append(sc.corefs, corefNote{mi, note})
	}
	return out
}

// listAt returns the actors joined with mention mi by "and" or commas in
// its sentence ("Egypt and Greece"), mi among them, or nil when mi stands
// alone.
func (sc *sentCtx) listAt(mi int) []int {
	doc := sc.doc
	m := &doc.Mentions[mi]
	s := doc.Sentences[doc.SentenceOf(m.Tokens.Start)]
	var ms []int
	for i := range doc.Mentions {
		o := &doc.Mentions[i]
		if o.Kind == annals.ActorMention && o.Code != "" && !o.Implied && o.Tokens.Start >= s.Tokens.Start && o.Tokens.End <= s.Tokens.End {
			ms = append(ms, i)
		}
	}
	joined := func(a, b int) (ok, and bool) {
		// Only "and", commas and determiners between a and b.
		for t := doc.Mentions[a].Tokens.End; t < doc.Mentions[b].Tokens.Start; t++ {
			switch tok := &doc.Tokens[t]; {
			case tok.Norm == "and":
				and = true
			case tok.Tag == annals.COMMA || tok.Tag == annals.DT:
			default:
				return false, false
			}
		}
		return true, and
	}
	k := -1
	for j, i := range ms {
		if i == mi {
			k = j
		}
	}
	if k < 0 {
		return nil
	}
	lo, hi := k, k
	for lo > 0 {
		if ok, _ := joined(ms[lo-1], ms[lo]); !ok {
			break
		}
		lo--
	}
	for hi+1 < len(ms) {
		if ok, _ := joined(ms[hi], ms[hi+1]); !ok {
			break
		}
		hi++
	}
	if lo == hi {
		return nil
	}
	if _, and := joined(ms[hi-1], ms[hi]); !and {
		return nil // "Iran, Iraq" without "and" is no list
	}
	return ms[lo : hi+1]
}

// pronounAntecedent returns the index into doc.Mentions of the actor that
// the pronoun at token p of sentence si stands for, or -1. With chain set,
// an "it" continues the nearest subject "it" of the two sentences before:
// when that one stands for no actor ("The subpoena was issued ... It
// follows ... It also called for"), neither does this one.
func (sc *sentCtx) pronounAntecedent(p, si int, exclude []int, chain bool) int {
	doc := sc.doc
	word := doc.Tokens[p].Norm
	plural := word == "they" || word == "them" || word == "their"
	para := doc.Sentences[si].Para
	quoted := sc.inQuote(p)
	st := doc.Sentences[si]
	// The paragraph opens with the pronoun: its first sentence names no
	// actor before it, so the antecedent is in the paragraph before.
	opens := si == 0 || doc.Sentences[si-1].Para != para
	var own []int // actor mentions of sentence si before p
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind == annals.ActorMention && m.Code != "" && !m.Implied && m.Tokens.Start >= st.Tokens.Start && m.Tokens.End <= p {
			own = append(own, i)
			opens = false
		}
	}
	ok := func(mi int) bool {
		if mi < 0 {
			return false
		}
		m := &doc.Mentions[mi]
		if m.Kind != annals.ActorMention || m.Code == "" || m.Implied || m.Tokens.End > p {
			return false
		}
		s := doc.SentenceOf(m.Tokens.Start)
		if s < si-2 || doc.Sentences[s].Title || doc.Sentences[s].Para != para && !(opens && s == si-1) {
			return false
		}
		if !quoted && sc.inQuote(m.Tokens.Start) {
			return false
		}
		for _, x := range exclude {
			if x >= 0 && sc.sameActor(x, mi) {
				return false
			}
		}
		if plural && sc.listAt(mi) != nil {
			return true // "Egypt and Greece ... they"
		}
		return sc.agrees(m, plural, s == si)
	}
	if chain && !plural {
		if q := sc.earlierIt(p, si); q >= 0 && sc.pronounAntecedent(q, doc.SentenceOf(q), nil, false) < 0 {
			return -1
		}
	}
	best := -1
	for s := si; s >= 0 && s >= si-1 && best < 0; s-- {
		if k := sc.sentenceSubject(s, p); ok(k) {
			best = k
		} else if k := sc.reportedSubject(s, p); ok(k) {
			best = k // "He said the ADB had ... which urged it to"
		}
	}
	if best < 0 && plural {
		// The most recent agreeing group of the pronoun's own sentence,
		// standing whole: "sent the police a plan, which they rejected".
		// Not for "it": a sentence names too many single actors.
		for _, mi := range own {
			if ok(mi) && sc.whole(mi) && !sc.governed(mi) && (best < 0 || doc.Mentions[mi].Tokens.Start > doc.Mentions[best].Tokens.Start) {
				best = mi
			}
		}
	}
	return best
}

// earlierIt returns the nearest "it" before token p, in sentence si or
// the two before it within the paragraph, that is the subject of a verb
// and not pleonastic; -1 when there is none.
func (sc *sentCtx) earlierIt(p, si int) int {
	doc := sc.doc
	lo := doc.Sentences[max(0, si-2)].Tokens.Start
	quoted := sc.inQuote(p)
	for q := p - 1; q >= lo; q-- {
		t := &doc.Tokens[q]
		if t.Norm != "it" || t.Tag != annals.PRP {
			continue
		}
		qs := doc.SentenceOf(q)
		if doc.Sentences[qs].Title || doc.Sentences[qs].Para != doc.Sentences[si].Para || sc.inQuote(q) != quoted {
			return -1
		}
		j := q + 1
		for j < doc.Sentences[qs].Tokens.End && (doc.Tokens[j].Tag == annals.RB || doc.Tokens[j].Tag == annals.MD) {
			j++
		}
		if j < doc.Sentences[qs].Tokens.End && doc.Tokens[j].Tag.IsVerb() && !sc.pleonastic(q) {
			return q
		}
	}
	return -1
}

// corefNotes returns notes with the antecedents of the implied mentions
// among srcs and tgts appended.
func (sc *sentCtx) corefNotes(notes []string, srcs, tgts []int) []string {
	if len(sc.corefs) == 0 {
		return notes
	}
	for _, c := range sc.corefs {
		for _, list := range [2][]int{srcs, tgts} {
			for _, mi := range list {
				if mi == c.mention && !slices.Contains(notes, c.note) {
					notes = append(notes, c.note)
				}
			}
		}
	}
	return notes
}

// actorComplement reports whether token j, after an object "it", opens a
// complement that only an actor takes: "urged it to", "accused it of",
// "blamed it for", "warned it against". A bare "opposed it" or "signed
// it" mostly means a thing.
func actorComplement(doc *annals.Doc, j, end int) bool {
	if j >= end {
		return false
	}
	switch doc.Tokens[j].Norm {
	case "to", "of", "for", "against":
		return true
	}
	return false
}

// theCountry resolves "the country" or "the nation" standing whole at
// token p ("urged the country to come up with a plan") to the country
// named last before it, in its sentence or the one before within the
// paragraph, other than the subject's: the noun refers back as a pronoun
// does. It returns the new mention, or nil.
func (sc *sentCtx) theCountry(p, to, subj int) []int {
	doc := sc.doc
	n := p + 1
	if n >= to || n >= sc.end || doc.Tokens[n].Tag != annals.NN {
		return nil
	}
	switch doc.Tokens[n].Norm {
	case "country", "nation":
	default:
		return nil
	}
	if n+1 < sc.end && (doc.Tokens[n+1].Tag.IsNoun() || doc.Tokens[n+1].Tag == annals.POS) {
		return nil // "the country's debt", "the country risk": not the country itself
	}
	para := doc.Sentences[sc.si].Para
	best := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Implied || m.Type != "COUNTRY" || m.Tokens.End > p || len(m.Code) != 3 {
			continue
		}
		s := doc.SentenceOf(m.Tokens.Start)
		if s < sc.si-1 || doc.Sentences[s].Title || doc.Sentences[s].Para != para || sc.inQuote(m.Tokens.Start) != sc.inQuote(p) {
			continue
		}
		if subj >= 0 && sc.sameActor(subj, i) || subj >= 0 && strings.HasPrefix(doc.Mentions[subj].Code, m.Code) {
			continue // the subject's own country is not the one addressed
		}
		if best < 0 || m.Tokens.Start > doc.Mentions[best].Tokens.Start {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	b := doc.Mentions[best]
	mi := corefTo(doc, b, annals.Range{Start: p, End: n + 1})
	text, _, _ := doc.Span(b.Tokens)
	sc.corefs = append(sc.corefs, corefNote{mi, fmt.Sprintf("the %s = %s (sentence %d)", doc.Tokens[n].Norm, text, doc.SentenceOf(b.Tokens.Start))})
	return []int{mi}
}

// twoObject resolves an object "both sides" or "the two countries" at
// token p ("urged both sides to exercise restraint") to the two parties
// named before it other than the subject's, as twoBefore finds them. It
// returns the new mentions, or nil.
func (sc *sentCtx) twoObject(p, to, subj int) []int {
	doc := sc.doc
	n := twoAt(doc.Tokens, p, min(to, sc.end))
	if n == 2 && doc.Tokens[p].Norm == "the" {
		return nil // a bare "the two" before a verb is a subject
	}
	if e := p + n; e < sc.end && (doc.Tokens[e].Tag == annals.POS || doc.Tokens[e].Tag.IsNoun()) {
		return nil // "the two countries' trade": not the parties themselves
	}
	two := sc.twoBefore(p, subj)
	if two == nil {
		return nil
	}
	out := make([]int, 0, 2)
	names := make([]string, 0, 2)
	for _, b := range two {
		m := doc.Mentions[b]
		out = append(out, corefTo(doc, m, annals.Range{Start: p, End: p + n}))
		text, _, _ := doc.Span(m.Tokens)
		names = append(names, text)
	}
	text, _, _ := doc.Span(annals.Range{Start: p, End: p + n})
	note := fmt.Sprintf("%s = %s", strings.ToLower(text), strings.Join(names, " and "))
	for _, mi := range out {
		sc.corefs = append(sc.corefs, corefNote{mi, note})
	}
	return out
}

// theBody resolves "the Fund", "the Bank" or "the Commission" at token p,
// a capitalised head standing whole, to the one international body named
// earlier in the article whose name holds that word ("the International Monetary Fund
// (IMF) ... the Fund", "World Bank ... the Bank"): a definite noun refers
// back as a pronoun does. It gives -1 when no body or two bodies of
// different codes carry the word ("the World Bank and the Asian
// Development Bank ... the Bank"), or when the word goes on into a longer
// name ("the Bank of Japan").
func (sc *sentCtx) theBody(p int) int {
	doc := sc.doc
	toks := doc.Tokens
	if p+1 >= sc.end || toks[p].Norm != "the" || toks[p+1].Tag != annals.NNP || p+1 == sc.start {
		return -1
	}
	if e := p + 2; e < sc.end && (toks[e].Tag.IsNoun() || toks[e].Tag == annals.POS || toks[e].Norm == "of") {
		return -1
	}
	head := toks[p+1].Norm
	if !sc.actorPlace(p) {
		return -1
	}
	best := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Tokens.Start >= p {
			continue
		}
		if m.Kind != annals.ActorMention || m.Implied || !strings.HasPrefix(m.Code, "IGO") || !nameHas(m.Name, head) {
			continue
		}
		if best >= 0 && doc.Mentions[best].Code != m.Code {
			return -1 // two bodies carry the word
		}
		best = i
	}
	return best
}

// actorPlace reports whether the noun phrase at token p stands where only
// an actor fits: a subject before its verb, an object with an infinitive
// after it ("urged the Fund to develop"), or the party of talks ("talks
// with the Fund"). After other verbs and prepositions a body's name is as
// often what is acted on ("pushed the Community to the edge", "its surplus
// with the Community"), where a wrong event costs more than a missed one.
func (sc *sentCtx) actorPlace(p int) bool {
	toks := sc.doc.Tokens
	e := p + 2
	if e < sc.end && (toks[e].Tag.IsVerb() || toks[e].Tag == annals.MD || toks[e].Tag == annals.RB) {
		return p == sc.start || toks[p-1].Tag == annals.COMMA || toks[p-1].Tag == annals.CC || toks[p-1].Norm == "that" || toks[p-1].Norm == "\""
	}
	if e+1 < sc.end && toks[e].Norm == "to" && toks[e+1].Tag == annals.VB {
		return true
	}
	if p-2 >= sc.start && toks[p-1].Norm == "with" {
		switch lemma(&toks[p-2]) {
		case "talk", "negotiation", "meeting", "consultation", "discussion", "agreement", "accord":
			return true
		}
	}
	return false
}

// bodyForRole replaces a lone object that is a capitalised role word
// coded only by the article's country ("urged the Bank to", read as a
// bank of that country) with the international body it refers back to,
// as theBody finds it; otherwise it returns objs unchanged.
func (sc *sentCtx) bodyForRole(objs []int) []int {
	m := &sc.doc.Mentions[objs[0]]
	if m.Via != "context" || m.Tokens.Len() > 2 {
		return objs
	}
	p := m.Tokens.End - 2 // "the" before the role word
	if p < sc.start || sc.doc.Tokens[p].Norm != "the" {
		return objs
	}
	if b := sc.theBodyAt(p); b != nil {
		return b
	}
	return objs
}

// nameHas reports whether name holds word w (lower case) as a whole word.
func nameHas(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// theBodyAt resolves "the Fund" at token p (theBody) to an implied mention
// of the body over the two words, noted for the evidence, or nil.
func (sc *sentCtx) theBodyAt(p int) []int {
	b := sc.theBody(p)
	if b < 0 {
		return nil
	}
	doc := sc.doc
	m := doc.Mentions[b]
	mi := corefTo(doc, m, annals.Range{Start: p, End: p + 2})
	text, _, _ := doc.Span(m.Tokens)
	sc.corefs = append(sc.corefs, corefNote{mi, fmt.Sprintf("the %s = %s (sentence %d)", doc.Tokens[p+1].Norm, text, doc.SentenceOf(m.Tokens.Start))})
	return []int{mi}
}
