package quote

import "strings"

// firmGroup returns the end of a group speaker whose plural people noun
// ends at token b-1 and runs on over "at", "of" or "from" into the name of
// the firm its members work for ("economists at Merrill Lynch Capital
// Markets", "analysts at Aubrey G. Lanston and Co Inc"): the reader names
// such a group by its firm, so the firm is kept with it. b when no firm
// follows.
func (s *scratch) firmGroup(b int) int {
	if b < 1 || !s.lower(b-1) || !groupNoun(s.word(b-1)) || !s.isWord(b) {
		return b
	}
	if w := s.word(b); w != "at" && w != "of" && w != "from" {
		return b
	}
	k := s.capAfterThe(b + 1)
	if k < 0 {
		return b
	}
	e := s.capRun(k)
	// "Aubrey G. Lanston and Co Inc": a firm's name runs on over "and"
	// into its company ending.
	for s.isWord(e) && (s.word(e) == "and" || s.word(e) == "&") && s.isWord(e+1) && firmSuffix.has(s.word(e+1)) {
		e = s.capRun(e + 1)
	}
	if e <= k {
		return b
	}
	return e
}

// firmGroupName is the name a group speaker kept whole by firmGroup is
// known by: the firm's name, then the group's noun ("Merrill Lynch
// Capital Markets economists").
func (s *scratch) firmGroupName(a, b, e int) string {
	k := s.capAfterThe(b + 1)
	return s.text[s.toks[k].start:s.toks[e-1].end] + " " + s.word(b-1)
}

// firmMember returns the person a definite role phrase naming a firm by
// a word of its name ("The Irving economist") stands for: the person the
// article named before with that role at that firm ("Philip Braverman,
// chief economist at Irving Securities Corp"). "" when it named none.
func (s *scratch) firmMember(a, b int) string {
	if b-a < 3 || (s.word(a) != "the" && s.word(a) != "The") || !s.lower(b-1) {
		return ""
	}
	head := s.word(b - 1)
	if !roles.has(head) && !occupationNouns.has(head) || groupNoun(head) || bodyNouns.has(head) || documents.has(head) {
		return ""
	}
	for j := a + 1; j < b-1; j++ {
		if !s.isWord(j) || s.toks[j].flags&fCap == 0 || possessive(s.word(j)) {
			return ""
		}
	}
	firm := s.word(a + 1)
	s.buildNames()
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > a || !r.person {
			continue
		}
		k := r.b
		if k < a && s.toks[k].kind == tComma {
			k++
		}
		// "the Sunshine Mining official" is any officer of the firm:
		// "Mike Boswell chairman of Sunshine Mining Co".
		same := func(w string) bool {
			return w == head || officerWords.has(head) && roles.has(w) && !bodyNouns.has(w) && !groupNoun(w) && !documents.has(w)
		}
		for n := 0; n < 5 && k < a && s.lower(k) && !same(s.word(k)); n++ {
			k++
		}
		if k+2 >= a || !s.lower(k) || !same(s.word(k)) {
			continue
		}
		if w := s.word(k + 1); w != "at" && w != "of" && w != "for" && w != "with" {
			continue
		}
		for m := s.capAfterThe(k + 2); m >= 0 && m < a && m <= k+8 && s.isWord(m) && s.toks[m].flags&fCap != 0; m++ {
			if s.word(m) == firm {
				return s.runText(r)
			}
		}
	}
	return ""
}

// docAuthor returns the body the article names as the author of the
// document noun before token at ("according to a report by the Economist
// magazine's Economist Intelligence Unit"): the capitalised name closing
// the phrase after "by", opened by "the", "by" or a possessive, a body's or
// a person's. "" when there is none.
func (s *scratch) docAuthor(noun string, at int) string {
	for j := at - 2; j > 0; j-- {
		if !s.lower(j) || s.toks[j].flags&fInQuote != 0 || s.word(j) != noun || !s.isWord(j+1) || s.word(j+1) != "by" {
			continue
		}
		e := j + 2
		for e < at && e <= j+14 && (s.isWord(e) || s.nameDot(e) || s.initialDot(e)) {
			e++
		}
		if e == j+2 || e < len(s.toks) && s.isWord(e) || !s.isWord(e-1) || s.toks[e-1].flags&fCap == 0 {
			continue
		}
		// The name runs back over capitalised words, the dots of
		// abbreviations ("U.S.") and "and" or "of" between capitals
		// ("the U.S. Securities and Exchange Commission").
		k := e - 1
		for k > j+2 {
			p := k - 1
			if s.nameDot(p) || s.initialDot(p) {
				k = p
				continue
			}
			if !s.isWord(p) || possessive(s.word(p)) {
				break
			}
			if s.toks[p].flags&fCap != 0 {
				k = p
				continue
			}
			if w := s.word(p); (w == "and" || w == "of") && p-1 > j+2 && s.isWord(p-1) && s.toks[p-1].flags&fCap != 0 && !possessive(s.word(p-1)) {
				k = p
				continue
			}
			break
		}
		if p := s.word(k - 1); k > j+2 && p != "the" && !possessive(p) {
			continue // "a report by Smith and Jones": people, left alone
		}
		return s.text[s.toks[k].start:s.toks[e-1].end]
	}
	return ""
}

// docBefore returns the author docAuthor finds for the document an "it"
// at token at stands for: the nearest research document named "the
// report" before it, in its paragraph or the one before, opening a
// sentence or right before a cue ("The report stated …. “…,” it said").
// "" when there is none.
func (s *scratch) docBefore(at int) string {
	para := s.paraOf(at)
	for j := at - 1; j > 0; j-- {
		t := s.toks[j]
		if t.kind == tPara && s.paraOf(j) < para {
			break
		}
		if t.kind != tWord || t.flags&fInQuote != 0 || !s.lower(j) || !researchDocs.has(s.word(j)) {
			continue
		}
		d := j - 1
		for d > j-3 && s.lower(d) && !functions.has(s.word(d)) && !determiners.has(s.word(d)) {
			d-- // "The world bank report said"
		}
		if w := strings.ToLower(s.word(d)); w != "the" || !s.isWord(d) {
			continue
		}
		if !s.opensSentence(d) && !(d == j-1 && s.isWord(j+1) && isCue(s.word(j+1))) {
			continue
		}
		if a := s.docAuthor(s.word(j), j); a != "" {
			return a
		}
		if d < j-1 || !s.isWord(j+1) || !isCue(s.word(j+1)) {
			return ""
		}
		// "A World Bank report said …. ¶ The report said …. ¶ “…,” it
		// added": the issuer an earlier mention gives.
		return s.docIssuer(s.word(j), d)
	}
	return ""
}

// bodyQuoted returns the body an "it" at token at stands for when it is
// the named speaker of the quote just before, in its paragraph or the one
// before, and a body: a name holding an organisation word or written
// after "the" ("“…,” the Intelligence Unit said. “…,” it added"); ""
// otherwise.
func (s *scratch) bodyQuoted(at int, prev []Found) string {
	if len(prev) == 0 {
		return ""
	}
	p := &prev[len(prev)-1]
	definite := strings.HasPrefix(p.Speaker, "the ") || strings.HasPrefix(p.Speaker, "The ")
	// "“…,” the commission said. ¶ … ¶ “…,” it said": a panel the
	// article never names but by its noun speaks on as "it", the noun
	// phrase its name.
	panel := p.Name == "" && p.SpeakerKind == RoleSpeaker && definite && panelNouns.has(p.Speaker[strings.IndexByte(p.Speaker, ' ')+1:])
	if p.SpeakerStart >= int(s.toks[at].start) || p.Name == "" && !panel {
		return ""
	}
	if pp := s.paraAt(p.SpeakerStart); pp < s.paraOf(at)-1 && !(pp == s.paraOf(at)-2 && (carriesBody(p) || panel) && !s.subjectBetween(p.SpeakerEnd, at)) {
		return ""
	}
	if panel {
		return p.Speaker
	}
	if p.SpeakerKind == NameSpeaker && (bodyName(p.Name) || definite) || carriesBody(p) {
		return p.Name
	}
	return ""
}

// panelNouns name a body of people that reports as one ("the commission
// said"), which the article may never name otherwise.
var panelNouns = set(`commission committee panel board council tribunal inquiry`)

// subjectBetween reports whether a name opens a sentence as its subject
// between offset off and token at: someone else the article turned to.
func (s *scratch) subjectBetween(off, at int) bool {
	s.buildNames()
	for _, r := range s.names {
		if r.b <= at && int(s.toks[r.a].start) >= off && r.subj && s.opensSentence(r.a) {
			return true
		}
	}
	return false
}

// carriesBody reports whether the found quote p's speaker is a body's
// stand-in that was resolved to the body: an "it" ("…, it said. ¶ “…,”
// it added"), or "the report", "the communique" or "the company" ("The
// report said …. ¶ “…,” it said"), so that the next "it" is the same body.
func carriesBody(p *Found) bool {
	if p.SpeakerKind == PronounSpeaker {
		return p.Speaker == "it" || p.Speaker == "It"
	}
	det, noun, ok := strings.Cut(p.Speaker, " ")
	return ok && p.SpeakerKind == RoleSpeaker && (det == "the" || det == "The") && (researchDocs.has(noun) || documents.has(noun) || companyNouns.has(noun))
}

// firmGroupIn returns the end of the group noun when the speaker span
// [a, b) is a group kept whole with its firm ("economists at Lanston"),
// so that firmGroup can run it on again; a when it is not.
func (s *scratch) firmGroupIn(a, b int) int {
	for j := a; j < b-2 && j <= a+3; j++ {
		if s.lower(j) && groupNoun(s.word(j)) {
			if !s.named(a, j+1) && s.firmGroup(j+1) == b {
				return j + 1
			}
			return a
		}
	}
	return a
}

// byVerbs are the participles that set off who made a document in an
// apposition after it ("the paper, written by …", "the report,
// published by …").
var byVerbs = set(`written published prepared issued compiled released commissioned`)

// docByline returns the maker named in an apposition right after a
// document speaker ending at token b ("the paper, written by Clemson
// University professor Kandice Kahl, said" → Kandice Kahl; "said the
// report, published by the OECD" → OECD): the last run of capitalised
// words before the apposition closes is the one who issued it. "" when
// there is no such apposition.
func (s *scratch) docByline(b int) string {
	if b+3 >= len(s.toks) || s.word(b) != "," || !byVerbs.has(s.word(b+1)) || s.word(b+2) != "by" {
		return ""
	}
	e := b + 3
	for e < len(s.toks) && e <= b+14 && (s.isWord(e) || s.nameDot(e) || s.initialDot(e)) {
		e++
	}
	if e == b+3 || e < len(s.toks) && s.word(e) != "," && s.word(e) != "." || !s.isWord(e-1) || s.toks[e-1].flags&fCap == 0 {
		return ""
	}
	k := e - 1
	for k > b+3 {
		p := k - 1
		if s.nameDot(p) || s.initialDot(p) || s.isWord(p) && s.toks[p].flags&fCap != 0 && !possessive(s.word(p)) && !strings.HasSuffix(s.word(p), "-based") {
			k = p
			continue
		}
		if w := s.word(p); (w == "and" || w == "of") && p-1 > b+3 && s.isWord(p-1) && s.toks[p-1].flags&fCap != 0 {
			k = p
			continue
		}
		break
	}
	return s.text[s.toks[k].start:s.toks[e-1].end]
}

// officerWords are the role nouns a firm's officer of any rank is
// called by afterwards: "the Sunshine Mining official" for its chairman.
var officerWords = set(`official executive`)
