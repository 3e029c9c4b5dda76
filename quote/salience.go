package quote

import "strings"

// topicPerson returns the article's main person: of the people named in
// its first paragraph, the one whose family name the article writes most
// often, when that is three times or more and more often than any other
// person of the first paragraph; "" otherwise. A lone name after a title
// ("President Reagan") counts as a person. The result is computed once
// per article.
func (s *scratch) topicPerson() string {
	if s.topicDone {
		return s.topic
	}
	s.topicDone, s.topic = true, ""
	s.buildNames()
	first := 0
	if len(s.toks) > 0 && s.toks[0].kind == tPara {
		first = 1
	}
	best, bestLast, bestN, tie := "", "", 2, false
	for i := range s.names {
		r := s.names[i]
		if r.para != first {
			if r.para > first {
				break
			}
			continue
		}
		name := s.personOf(r)
		if name == "" || !r.subj {
			continue // the main person is a subject of the opening
		}
		last := name[strings.LastIndexByte(name, ' ')+1:]
		if last == bestLast {
			if len(name) > len(best) {
				best = name // the fullest form: "Carl Beigie" over "Beigie"
			}
			continue
		}
		n := s.mentions(last)
		switch {
		case n > bestN:
			best, bestLast, bestN, tie = name, last, n, false
		case n == bestN:
			tie = true
		}
	}
	if !tie {
		s.topic = best
	}
	return s.topic
}

// personOf returns the person named by run r: its text when it is a
// person's full name, or for a lone word that is no organisation the full
// name the article gives it or, after a title, the word itself; "" when r
// names no person.
func (s *scratch) personOf(r nameRun) string {
	if r.person {
		return s.runText(r)
	}
	if r.b-r.a != 1 || r.org || r.orgWord {
		return ""
	}
	w := s.word(r.a)
	if nonPerson.has(w) || thingHeads.has(w) {
		return ""
	}
	if full, ok := s.fullName(len(s.toks), w); ok {
		return full
	}
	if s.titledName(r) {
		return w
	}
	return ""
}

// mentions counts the capitalised tokens of the article equal to w, a
// possessive ending aside.
func (s *scratch) mentions(w string) int {
	n := 0
	for j := range s.toks {
		t := s.toks[j]
		if t.kind != tWord || t.flags&fCap == 0 || int(t.end-t.start) < len(w) {
			continue
		}
		x := s.word(j)
		if x == w || strings.HasPrefix(x, w) && (x[len(w):] == "'s" || x[len(w):] == "’s") {
			n++
		}
	}
	return n
}

// salient resolves a he or she at token at to the article's main person
// ([scratch.topicPerson]) when nobody else holds the centre: the subject
// of the pronoun's sentence before it and of the sentence before that is
// the main person, a body, a thing, or a he or she that itself resolves to
// the main person, and no earlier quote of that stretch has another
// speaker. People named only as objects, in possessives or in quotations
// ("he had appointed Howard Baker", "Reagan's critics") never displace
// the main person. In an interview's answers nobody is the main person. It returns "" when the main person is unknown or
// disagrees in gender, or another person holds a subject there; depth
// bounds the chain of pronouns followed back.
func (s *scratch) salient(at int, g gender, prev []Found, depth int) string {
	if g == unknownGender || depth <= 0 || s.label(at) != "" {
		return ""
	}
	topic := s.topicPerson()
	if topic == "" || s.knownGender(topic) != g {
		return ""
	}
	last := topic[strings.LastIndexByte(topic, ' ')+1:]
	// The pronoun's own sentence: after a quote that opens it ("“…,” he
	// said") the sentence starts before the quote.
	open := at
	if at >= 1 && s.toks[at-1].kind == tClose {
		if o := s.quotes[s.toks[at-1].q].openTok; o >= 0 {
			open = o
		}
	}
	ss := s.outerStart(open)
	if ss < open {
		switch s.centre(ss, open, g, last, prev, depth) {
		case centreOther:
			return ""
		case centreTopic:
			return topic
		}
	}
	pe := ss - 1
	for pe >= 0 && s.toks[pe].kind == tPara {
		pe--
	}
	if pe < 0 {
		return topic
	}
	ps := s.outerStart(pe)
	if s.toks[pe].kind == tOpen || s.toks[ps].kind == tClose {
		return "" // sentence bounds muddled by quotation marks
	}
	if s.centre(ps, pe+1, g, last, prev, depth) == centreOther {
		return ""
	}
	return topic
}

// centre values: what holds the subject of a stretch of text.
const (
	centreNone  = iota // no person: a body, a thing, nothing found
	centreTopic        // the main person
	centreOther        // another person, a role, or a quote's other speaker
)

// centre reports who holds the subject of the sentence stretch [lo, hi)
// for a pronoun of gender g whose main person's family name is last.
func (s *scratch) centre(lo, hi int, g gender, last string, prev []Found, depth int) int {
	if lo >= hi {
		return centreNone
	}
	from, to := int(s.toks[lo].start), int(s.toks[hi-1].end)
	for i := range prev {
		p := &prev[i]
		if (p.SpeakerStart < from || p.SpeakerStart >= to) && (p.Start < from || p.Start >= to) {
			continue // neither the quote nor its speaker in the stretch
		}
		switch {
		case p.Name != "" && containsWord(p.Name, last):
		case p.Name != "" && (bodyName(p.Name) || !s.agrees(g, p.Name)):
		case p.Name == "" && bodyRole(p.Speaker):
		default:
			return centreOther // another speaker quoted in the stretch
		}
	}
	// A quotation opening the stretch is passed over: "“…,” Reagan said."
	if s.toks[lo].kind == tOpen {
		if c := s.quotes[s.toks[lo].q].closeTok; c > lo && c < hi {
			lo = c + 1
			for lo < hi && s.toks[lo].kind == tComma {
				lo++
			}
		}
	}
	if lo >= hi {
		return centreNone
	}
	if !s.isWord(lo) || s.toks[lo].flags&fInQuote != 0 {
		return s.clauseCentre(lo, hi, g, last) // "<Allied-Lyons PLC> sees …, chairman X said"
	}
	a, b := s.subject(lo, hi)
	if k := lo; s.isWord(k) {
		if functionCaps.has(s.word(k)) && s.isWord(k+1) {
			k++ // "But he, like other analysts, rules out"
		}
		if personPronouns.has(s.word(k)) {
			a, b = k, k+1
		}
	}
	if b <= a {
		return s.clauseCentre(lo, hi, g, last)
	}
	if b-a == 1 {
		switch w := s.word(a); {
		case personPronouns.has(w) && pronounGender(w) == g:
			if s.salient(a, g, prev, depth-1) != "" {
				return centreTopic
			}
			return centreOther
		case personPronouns.has(w):
			return centreNone // the other gender
		}
	}
	// The main person as the subject's name ("Reagan", "President
	// Reagan") or its owner ("Reagan's speech"); the word inside a
	// longer name ("Honeywell Bull chairman") is no mention.
	for j := a; j < b; j++ {
		w := s.word(j)
		if w == last && (j == b-1 || s.lower(j+1)) {
			return centreTopic
		}
		if possessive(w) && strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") == last {
			if s.ownedPerson(j+1, hi) {
				return centreOther // "Lyng's special assistant, Floyd Gabler, said"
			}
			return centreTopic
		}
	}
	na := s.nameStart(a, b)
	if na < b && !s.anyNonPerson(na, b) && !possessive(s.word(b-1)) {
		name := s.text[s.toks[na].start:s.toks[b-1].end]
		if b-na == 1 {
			if full, ok := s.fullName(na, name); ok {
				name = full
			} else if r, ok := s.runAt(na); ok && (r.org || r.orgWord || nonPerson.has(name) || thingHeads.has(name)) {
				return centreNone // a body: "Spar said"
			}
		}
		if s.agrees(g, name) {
			return centreOther
		}
		return centreNone
	}
	for j := a; j < b; j++ {
		if w := s.word(j); s.lower(j) && (roles.has(w) || roles.has(strings.TrimSuffix(w, "s"))) && !bodyNouns.has(w) {
			return centreOther // "The economist", "One of the victims"
		}
	}
	return s.clauseCentre(b, hi, g, last)
}

// clauseCentre is centre for a stretch [from, hi) whose main subject is
// no person: a person who is the subject of one of its clauses holds the
// centre ("This was the first time Flynn made a speech.").
func (s *scratch) clauseCentre(from, hi int, g gender, last string) int {
	for i := range s.names {
		r := s.names[i]
		if r.a < from || !r.subj {
			continue
		}
		if r.b > hi {
			break
		}
		if name := s.personOf(r); name != "" && !containsWord(name, last) && s.agrees(g, name) {
			return centreOther
		}
	}
	return centreNone
}

// ownedPerson reports whether the words from token j, after a
// possessive, name a person of the owner's: a role noun among the next
// four words ("Lyng's special assistant") or a name set off by a comma.
func (s *scratch) ownedPerson(j, hi int) bool {
	for k := j; k < hi && k < j+4; k++ {
		if !s.isWord(k) {
			return s.toks[k].kind == tComma && s.isWord(k+1) && s.toks[k+1].flags&fCap != 0
		}
		if w := s.word(k); roles.has(w) && !bodyNouns.has(w) {
			return true
		}
	}
	return false
}

// runAt returns the name run that starts at token j.
func (s *scratch) runAt(j int) (nameRun, bool) {
	for i := range s.names {
		if r := s.names[i]; r.a == j {
			return r, true
		}
	}
	return nameRun{}, false
}

// outerStart returns the first token of the sentence holding token j,
// counting only full stops outside quotations: a sentence that quotes
// several sentences is one sentence.
func (s *scratch) outerStart(j int) int {
	for ; j > 0; j-- {
		t := s.toks[j-1]
		if t.kind == tPara || t.kind == tStop && t.flags&fInQuote == 0 && s.sentEnd(j-1) {
			return j
		}
	}
	return 0
}

// bodyRole reports whether a role speaker span names a body ("the
// company", "the federal agency"), which no he or she displaces.
func bodyRole(span string) bool {
	w := span[strings.LastIndexByte(span, ' ')+1:]
	return bodyNouns.has(strings.ToLower(w))
}

// containsWord reports whether w is one of the space-separated words of
// name.
func containsWord(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if f == w {
			return true
		}
	}
	return false
}
