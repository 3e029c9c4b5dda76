package quote

import "strings"

// partialBefore finds the speaker of a partial quotation that the cue
// walk left without one. A speech verb in the quote's own sentence that
// the walk passed over ("Rep. Ed Jones, (D-Tenn.) said today “…”", "A
// spokesman for <IRI …> said the talks were centered on “…”") names it
// first. Failing that, a sentence with no speech verb and no named or
// role subject of its own takes the speaker of a speech verb in the
// sentence before it: "Heller said there was a danger of renewed price
// inflation." then "Widespread price rises would “generalize the
// inflationary forces …”". Wire copy runs a reported statement on over
// several sentences and quotes a phrase of it without repeating the verb.
// The sentence before is in the same paragraph, or it ends the paragraph
// before when the quote's sentence opens its own. hs is the first token
// of the quote's sentence and te one past its last.
func (s *scratch) partialBefore(qi, hs, te int) (cueHit, bool) {
	q := &s.quotes[qi]
	if hs < 1 || hs >= q.openTok {
		return cueHit{}, false
	}
	if c, found := s.ownCue(hs, q.openTok); found {
		return c, c.ok
	}
	if q.closeTok >= 0 {
		if _, found := s.ownCue(q.closeTok+1, te); found {
			return cueHit{}, false // "…, Glickman said.": a verb after the quote is the walk's to judge
		}
	}
	if s.actingSubject(hs, q.openTok) {
		// "Hong Kong attacked the “…”", "Officials of both companies
		// estimated … “…”": someone else acts in the quote's sentence.
		return cueHit{}, false
	}
	if s.toks[hs-1].kind == tPara {
		return s.paraBefore(hs)
	}
	return s.sentenceBefore(hs)
}

// ownCue looks for a speech verb among tokens lo to hi and returns the
// speaker it gives; found reports whether any verb was there, so that a
// verb with no speaker the walk can name still keeps the sentence before
// from lending one.
func (s *scratch) ownCue(lo, hi int) (c cueHit, found bool) {
	for j := lo; j < hi; j++ {
		if !s.lower(j) {
			continue
		}
		k, ok := cues.kind(s.word(j))
		if !ok || k == cuePut || k == cueGerund {
			continue
		}
		found = true
		if c := s.speakerFor(j, k, lo, hi, true); c.ok && c.sb > c.sa {
			return s.owner(c, lo, hi), true
		}
	}
	return cueHit{}, found
}

// actingSubject reports whether the clause from lo to hi opens with a
// subject of its own that could be a source: a name, or a noun phrase
// whose head is a role or a plural of people ("delegates", "officials",
// "the writer"), or that holds a name ("A search of McArthur's van").
func (s *scratch) actingSubject(lo, hi int) bool {
	a, b := s.subject(lo, hi)
	if b <= a {
		return false
	}
	if s.named(a, b) {
		return true
	}
	for j := a; j < b; j++ {
		w := s.word(j)
		if j > a && s.toks[j].flags&fCap != 0 {
			return true
		}
		if s.lower(j) && (personRoleWord(w) || peoplePlural(w) || occupationNouns.has(w)) {
			return true
		}
	}
	return false
}

// roleSubject gives a partial quotation with no cue the subject of its
// sentence when that subject is a person set out by role, whatever the
// verb: "The mayor of London, Sadiq Khan, thanked “the police …”" (the
// name in apposition), "In the document, the writer supposes a “…”" (the
// role alone). partialSubject takes bare names and pronouns; a role
// phrase there is as sure a sign that the fragment is that person's words.
// Documents and bodies ("the report", "the company") are left alone: a
// fragment in a sentence about what a text contains is often its title.
func (s *scratch) roleSubject(qi, hs int) (cueHit, bool) {
	q := &s.quotes[qi]
	a, b := s.subject(hs, q.openTok)
	if b <= a || b >= q.openTok-1 {
		return s.roleOpening(qi, hs)
	}
	for j := hs; j < a; j++ {
		if s.lower(j) && isCue(s.word(j)) {
			return cueHit{}, false // "said James Crandall, an analyst with …": an apposition, not a subject
		}
	}
	e := b
	if s.isWord(e) && s.word(e) == "of" {
		for e++; e < q.openTok && s.isWord(e) && s.toks[e].flags&fCap != 0; e++ {
		}
	}
	if s.toks[e].kind == tComma {
		// "The mayor of London, Sadiq Khan, thanked": a name set off by
		// commas after the role, then a verb.
		x, y := s.npForward(e+1, q.openTok)
		if y > x+1 && y+1 < q.openTok && s.toks[y].kind == tComma && s.lower(y+1) && !isCue(s.word(y+1)) && s.named(x, y) && s.roleHead(a, b) {
			return cueHit{sa: x, sb: y, ra: a, rb: e, head: true, ok: true}, true
		}
		return cueHit{}, false
	}
	return s.roleOpening(qi, hs)
}

// roleOpening gives the subject of a sentence that opens, perhaps after
// an introductory phrase ending in a comma ("In the document,"), with an
// article and one noun of a person's role or trade followed by a verb
// other than a speech verb: "the writer supposes a “…”". The subject walk
// takes only role nouns that introduce speech; this one sees any trade.
func (s *scratch) roleOpening(qi, hs int) (cueHit, bool) {
	q := &s.quotes[qi]
	x := hs
	if s.isWord(x) && functionCaps.has(s.word(x)) {
		for x < q.openTok && s.toks[x].kind != tComma {
			x++
		}
		x++
	}
	if x+2 >= q.openTok || !s.isWord(x) || !determiners.has(s.word(x)) || !s.lower(x+2) || isCue(s.word(x+2)) || !s.roleHead(x, x+2) {
		return cueHit{}, false
	}
	return cueHit{sa: x, sb: x + 2, ra: x, rb: x, head: true, ok: true}, true
}

// roleHead reports whether the noun phrase from a to b ends in a word for
// one person's role or trade: "the mayor", "the writer", not "the report"
// or "the company".
func (s *scratch) roleHead(a, b int) bool {
	w := s.word(b - 1)
	if !s.lower(b-1) || documents.has(w) || bodyNouns.has(w) {
		return false
	}
	return personRoleWord(w) && !strings.HasSuffix(w, "s") || occupationNouns.has(w)
}

// passiveCue reports whether the cue verb at token j is passive, a form
// of "be" before it with at most two adverbs between ("would be
// officially announced", "was described"): its subject is what was said.
func (s *scratch) passiveCue(j int) bool {
	k := j - 1
	for n := 0; n < 2 && k >= 0 && s.lower(k) && s.adverb(k) && !beForms.has(s.word(k)); n++ {
		k--
	}
	return k >= 0 && s.lower(k) && beForms.has(s.word(k))
}

// beForms are the forms of "be" that make a following participle passive.
var beForms = set(`be been being is was were are`)

// passiveBetween reports whether a passive speech verb lies in tokens
// [a, b): "would be officially announced".
func (s *scratch) passiveBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if s.lower(j) && isCue(s.word(j)) && s.passiveCue(j) {
			return true
		}
	}
	return false
}

// clauseOpeners are the lower-case conjunctions that open a clause whose
// subject follows at once ("when the Press, a Christchurch daily, said").
var clauseOpeners = set(`when while after because since before although though`)

// reducedSubject returns the sentence's subject when it is a body, role
// or document noun phrase of at most four words opening the sentence at
// lo, a past participle after it ("A commission set up to unravel the
// affairs of debt-ridden Air Lanka says", "a banker involved in the
// placement said"): the noun phrase at sa right before the cue at cs
// lies inside the participle's phrase. No comma, conjunction or other
// speech verb may come between; empty when the words are otherwise.
func (s *scratch) reducedSubject(lo, sa, cs int) (int, int) {
	b := -1
	for k := lo + 1; k < sa && k <= lo+4; k++ {
		if !s.isWord(k) {
			return 0, 0
		}
		if s.lower(k) && pastParticiple(s.word(k)) && !isCue(s.word(k)) && !namingWords.has(s.word(k)) {
			b = k
			break
		}
	}
	if b < 0 || !s.lower(b-1) || !determiners.has(strings.ToLower(s.word(lo))) {
		return 0, 0
	}
	if w := s.word(b - 1); !bodyNouns.has(w) && !roles.has(w) && !documents.has(w) && !inquiryBodies.has(w) {
		return 0, 0
	}
	for k := b + 1; k < cs; k++ {
		if !s.isWord(k) && s.toks[k].kind != tOther && !s.nameDot(k) && !s.initialDot(k) || s.lower(k) && (isCue(s.word(k)) || reducedStops.has(s.word(k))) {
			return 0, 0
		}
	}
	return lo, b
}

// reducedStops are words that open a clause of their own after a
// participle's phrase, so the subject before it may not be the cue's.
var reducedStops = set(`and but or while whereas who which that`)

// inquiryBodies are bodies set up to look into a matter, which speak
// through their findings ("A commission set up to …").
var inquiryBodies = set(`commission commissions inquiry board`)

// namingWords are participles that give the subject's name ("A student
// named Wong said"): the name after them speaks, not the phrase before.
var namingWords = set(`named called dubbed identified`)

// relativeIn reports whether a relative pronoun lies in tokens [a, b):
// the cue after it is then the relative clause's, not the subject's.
func (s *scratch) relativeIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.lower(k) && relatives.has(s.word(k)) {
			return true
		}
	}
	return false
}

// continuedTo reports whether the cue word at token j is a form of
// "continue" before "to" ("said CFTC continued to “closely monitor …”"):
// going on with an act, not with speech, so no cue of the quote's.
func (s *scratch) continuedTo(j int) bool {
	return continueForms.has(s.word(j)) && j+1 < len(s.toks) && s.lower(j+1) && s.word(j+1) == "to"
}

// continueForms are the forms of "continue" the cue lexicon lists.
var continueForms = set(`continue continues continued continuing`)

// unclosedTail finds the attribution inside quote qi when the quote has
// no closing mark and ends its paragraph with a comma, a name or a
// pronoun, a speech verb and a stop ("…, we would be interested,
// Fitzwater said."): a closing mark the wire dropped before the comma.
func (s *scratch) unclosedTail(qi int) cueHit {
	q := &s.quotes[qi]
	if q.closeTok >= 0 || q.para != q.lastPara {
		return cueHit{}
	}
	e := q.openTok + 1
	for e < len(s.toks) && int(s.toks[e].start) < q.end {
		e++
	}
	if e < len(s.toks) && s.toks[e].kind == tStop && s.toks[e].start == int32(q.end) {
		e++ // the stop trimmed from the content
	}
	if e-1 <= q.openTok+3 || s.toks[e-1].kind != tStop {
		return cueHit{}
	}
	cs := e - 2
	if k, ok := cues.kind(s.word(cs)); !ok || k != cueVerb || !s.lower(cs) {
		return cueHit{}
	}
	a := s.npBack(cs, q.openTok+1)
	if a >= cs || cs-a > 4 || s.toks[a-1].kind != tComma || !(s.named(a, cs) || cs-a == 1 && personPronouns.has(s.word(a))) {
		return cueHit{}
	}
	return cueHit{ok: true, cs: cs, ce: cs + 1, sa: a, sb: cs, ra: a, rb: a}
}

// speakerAgain gives a quote that opens its paragraph with no cue the
// speaker of the quotation just before it when the one paragraph between
// holds no quotation and opens with that speaker's surname, bare or
// possessive ("“…,” Proxmire said. ¶ Proxmire's committee will hold
// hearings …. ¶ “Mr Volcker has been a superb chairman …”"): the
// article is still reporting the same person.
func (s *scratch) speakerAgain(hs int, prev []Found) (cueHit, bool) {
	if len(prev) == 0 || hs < 2 || s.toks[hs-1].kind != tPara {
		return cueHit{}, false
	}
	last := prev[len(prev)-1]
	if last.Name == "" || last.SpeakerKind != NameSpeaker {
		return cueHit{}, false
	}
	ws := strings.Fields(last.Name)
	sur := ws[len(ws)-1]
	lo := hs - 2
	for lo >= 0 && s.toks[lo].kind != tPara {
		if k := s.toks[lo].kind; k == tOpen || k == tClose {
			return cueHit{}, false
		}
		lo--
	}
	if lo < 0 || int(s.toks[lo].start) < last.End {
		return cueHit{}, false // the quote before must close the paragraph before this one
	}
	pp := lo - 1
	for pp >= 0 && s.toks[pp].kind != tPara {
		pp--
	}
	if pp >= 0 && int(s.toks[pp].start) > last.Start {
		return cueHit{}, false
	}
	a := lo + 1
	b := a
	for b < hs && s.isWord(b) && s.toks[b].flags&fCap != 0 && b-a < 4 {
		b++
	}
	if b == a {
		return cueHit{}, false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(s.word(b-1), "'s"), "’s")
	if w != sur {
		return cueHit{}, false
	}
	return cueHit{ok: true, cs: -1, ce: -1, sa: a, sb: b, ra: a, rb: a}, true
}
