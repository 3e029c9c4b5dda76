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
		k, ok := cues[s.word(j)]
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
		if s.lower(j) && (personRoleWord(w) || peoplePlural(w) || occupationNouns[w]) {
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
	if s.isWord(x) && functionCaps[s.word(x)] {
		for x < q.openTok && s.toks[x].kind != tComma {
			x++
		}
		x++
	}
	if x+2 >= q.openTok || !s.isWord(x) || !determiners[s.word(x)] || !s.lower(x+2) || isCue(s.word(x+2)) || !s.roleHead(x, x+2) {
		return cueHit{}, false
	}
	return cueHit{sa: x, sb: x + 2, ra: x, rb: x, head: true, ok: true}, true
}

// roleHead reports whether the noun phrase from a to b ends in a word for
// one person's role or trade: "the mayor", "the writer", not "the report"
// or "the company".
func (s *scratch) roleHead(a, b int) bool {
	w := s.word(b - 1)
	if !s.lower(b-1) || documents[w] || bodyNouns[w] {
		return false
	}
	return personRoleWord(w) && !strings.HasSuffix(w, "s") || occupationNouns[w]
}
