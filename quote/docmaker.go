package quote

import "strings"

// docMaker returns who issued the document that "the <noun>" (or "its
// <noun>") at token at quotes, from the way the article brought the
// document in when the other document rules found no issuer. Wire copy
// names a statement's or report's maker in four more shapes, each seen in
// several articles:
//
//   - after the noun, by a participle and "by" or "from", or by "issued
//     after a meeting of": "The report by Parliament's Defence Committee
//     said", "a statement issued after a two day meeting of the Inter
//     Governmental Group on Indonesia (IGGI) said", "A joint statement
//     from the European Arianespace consortium";
//   - as the subject of a sentence the document opens: "In a statement
//     issued late last night, the central bank said", "In a report the
//     Kiel institute said", "…, the French said";
//   - as the body before "in its": "The committee in its report said";
//   - as a body noun that modifies the document: "a bank statement said",
//     "A central bank statement", "a government report said", the body
//     named in full elsewhere in the article.
//
// The nearest earlier mention of the same noun outside quotations that
// gives a maker wins; "" when none does.
func (s *scratch) docMaker(noun string, at int) string {
	for j := at - 1; j > 0; j-- {
		if !s.lower(j) || s.toks[j].flags&fInQuote != 0 || s.word(j) != noun {
			continue
		}
		if name := s.makerAfter(j); name != "" {
			return name
		}
		k := j - 1
		for k > 0 && k > j-4 && s.lower(k) && !determiners.has(s.word(k)) && !functions.has(s.word(k)) && !isCue(s.word(k)) {
			k-- // "joint", "annual", "bank", "foreign ministry"
		}
		if !s.isWord(k) || !determiners.has(s.word(k)) {
			continue
		}
		if name := s.makerInDoc(j, k); name != "" {
			return name
		}
		if name := s.makerModifier(j, k); name != "" {
			return name
		}
	}
	return ""
}

// makerVerbs are the participles between a document and its maker: "a
// statement issued by", "a report adopted by".
var makerVerbs = set(`issued released published prepared adopted signed compiled drawn`)

// makerAfter returns the maker named after the document noun at token j:
// "by" or "from" and a capitalised name ("by Parliament's Defence
// Committee", "from the European Arianespace consortium"), optionally
// after a participle, or a participle and "after a meeting of" a name.
func (s *scratch) makerAfter(j int) string {
	p := j + 1
	if s.lower(p) && makerVerbs.has(s.word(p)) {
		p++
	}
	if !s.lower(p) {
		return ""
	}
	switch s.word(p) {
	case "by", "from":
		return s.capNameAt(p + 1)
	case "after", "at", "following":
		if p == j+1 {
			return "" // "a report after …": no participle, no maker
		}
		for m := p + 1; m < len(s.toks)-1 && m <= p+6; m++ {
			if !s.isWord(m) {
				return ""
			}
			if w := s.word(m); (w == "meeting" || w == "meetings" || w == "session" || w == "conference") && s.word(m+1) == "of" {
				return s.capNameAt(m + 2)
			}
		}
	}
	return ""
}

// capNameAt returns the capitalised name starting at token p, after an
// optional "the": capital words, abbreviation dots, a possessive leading
// into the owner's body ("Parliament's Defence Committee") and "of",
// "for" (either with "the"), "on" or "and" between capitals ("Inter Governmental Group on
// Indonesia"), up to a parenthesis. A lower-case head noun closing a
// capitalised run ("the European Arianespace consortium") is kept, the
// run naming the body. "" when no capital opens it or the run is a lone
// word that is no organisation, so that "by Smith" is left alone.
func (s *scratch) capNameAt(p int) string {
	if s.isWord(p) && (s.word(p) == "the" || s.word(p) == "The") {
		p++
	}
	if !s.isWord(p) || s.toks[p].flags&fCap == 0 || functionCaps.has(s.word(p)) {
		return ""
	}
	e := p
	for e < len(s.toks) {
		if s.isWord(e) && s.toks[e].flags&fCap != 0 || s.nameDot(e) || s.initialDot(e) {
			e++
			continue
		}
		if w := s.word(e); s.lower(e) && (w == "of" || w == "for" || w == "on" || w == "and") {
			n := e + 1
			if (w == "of" || w == "for") && s.word(n) == "the" {
				n++ // "Islamic Jihad for the Liberation of Palestine"
			}
			if s.isWord(n) && s.toks[n].flags&fCap != 0 && !functionCaps.has(s.word(n)) {
				e = n + 1
				continue
			}
		}
		break
	}
	if s.lower(e) && bodyNouns.has(s.word(e)) {
		e++ // "the European Arianespace consortium"
	}
	if e-p == 1 && s.isWord(p) && !isAcronym(s.word(p)) && !orgWords.has(s.word(p)) {
		return ""
	}
	return s.text[s.toks[p].start:s.toks[e-1].end]
}

// makerInDoc returns the subject of a sentence opened by "In" and the
// document noun at token j (k is its determiner): the subject after the
// phrase's comma, or right after the noun when no comma sets the phrase
// off ("In a report the Kiel institute said"), when a speech verb
// follows it. A name is taken whole, "the <body noun>" as the body named
// in full earlier, "the" and capitals ("the French") as the capitals.
func (s *scratch) makerInDoc(j, k int) string {
	if k < 1 || s.word(k-1) != "In" || !s.opensSentence(k-1) {
		return ""
	}
	e := j + 1
	for e < len(s.toks) && e < j+24 && s.toks[e].kind != tComma && s.toks[e].kind != tStop && s.toks[e].kind != tPara {
		e++
	}
	a := j + 1
	if e < len(s.toks) && s.toks[e].kind == tComma {
		a = e + 1
	}
	return s.subjectAt(a)
}

// subjectAt returns the subject starting at token a when a speech verb
// (or "also" and one) follows it within five tokens: "the central bank
// said" gives the bank's full name when the article gave one (else "central
// bank" is left, as no name), "the French said" gives "French", "the
// Kiel institute said" gives "Kiel institute", "Merrill Lynch said" the
// name.
func (s *scratch) subjectAt(a int) string {
	if !s.isWord(a) {
		return ""
	}
	p := a
	if w := s.word(p); w == "the" || w == "The" {
		p++
	}
	v := p
	for v < len(s.toks) && v <= p+4 && s.isWord(v) && !isCue(s.word(v)) && s.word(v) != "also" {
		v++
	}
	if v == p || !s.isWord(v) {
		return ""
	}
	if s.word(v) == "also" {
		if !s.isWord(v+1) || !isCue(s.word(v+1)) {
			return ""
		}
	} else if !isCue(s.word(v)) {
		return ""
	}
	if s.toks[p].flags&fCap != 0 {
		if functionCaps.has(s.word(p)) {
			return ""
		}
		for m := p; m < v; m++ {
			if s.lower(m) && !bodyNouns.has(s.word(m)) && !publicBodies.has(s.word(m)) {
				return "" // "the French government said" is fine; "Smith, who said" is not a subject
			}
		}
		return s.text[s.toks[p].start:s.toks[v-1].end]
	}
	if p == a {
		return ""
	}
	if w := s.word(v - 1); s.lower(v-1) && bodyNouns.has(w) {
		if name := s.bodyNamed(w, a); name != "" {
			return name
		}
		if companyNouns.has(w) {
			return s.namedFirm(a)
		}
	}
	return ""
}

// makerModifier returns the body that the document noun at token j
// belongs to when the phrase before it names the body: "The committee in
// its report said" (k the "its"), the body the subject stands for; or a
// body noun modifying the document ("a bank statement", "a government
// report", "the committee report"), the body named in full elsewhere.
func (s *scratch) makerModifier(j, k int) string {
	if w := s.word(k); (w == "its" || w == "their") && k > 1 && s.word(k-1) == "in" {
		if b := k - 2; s.lower(b) && bodyNouns.has(s.word(b)) && b > 0 && (s.word(b-1) == "the" || s.word(b-1) == "The") {
			return s.bodyNamed(s.word(b), b-1)
		}
		return ""
	}
	if j-1 == k || !s.lower(j-1) {
		return ""
	}
	w := s.word(j - 1)
	if !publicBodies.has(w) && !companyNouns.has(w) && w != "bank" && w != "committee" && w != "council" && w != "government" {
		return ""
	}
	return s.bodyNamed(w, j)
}

// bodyNamed returns the name the article gave, before token at, to the
// body the lower-case noun w stands for: fullBody's "government of
// American Samoa", else the latest organisation whose name holds the noun
// capitalised ("parliament's Defence Committee" for "the committee").
func (s *scratch) bodyNamed(w string, at int) string {
	if name := s.fullBody(w, at); name != "" {
		return name
	}
	return s.orgHolding(at, strings.ToUpper(w[:1])+w[1:])
}

// bareHeads are the capitalised head nouns wire copy uses alone, after
// naming the body in full, for the body itself: "the Bank" for the
// Inter-American Development Bank, "A Union statement" for the United
// Food and Commercial Workers.
var bareHeads = set(`Bank Embassy Union Commission Committee Council Ministry
	Company Corporation Institute Fund Agency Board Association Federation
	Department`)

// fullHead returns the full name of the body whose bare head noun name
// is (see bareHeads), resolved for a speaker at token at: the latest
// organisation named before at in two or more words holding the noun,
// else the latest capitals or abbreviation right before the noun ("U.S.
// Embassy"), else the name given to an earlier quote whose speaker was "the" and the
// noun in lower case ("The union said … “…”"). "" when name is no bare
// head or neither is found.
func (s *scratch) fullHead(name string, at int, prev []Found) string {
	if !bareHeads.has(name) {
		return ""
	}
	if full := s.orgHolding(at, name); full != "" {
		return full
	}
	for j := at - 1; j > 0; j-- {
		if s.word(j) != name || s.toks[j].flags&fInQuote != 0 {
			continue
		}
		// "the U.S. Embassy", "the EC's Executive Commission": capitals
		// or an abbreviation right before the head.
		a := j
		for a > 0 && (s.isWord(a-1) && s.toks[a-1].flags&fCap != 0 && !functionCaps.has(s.word(a-1)) && !determiners.has(s.word(a-1)) && !possessive(s.word(a-1)) || s.nameDot(a-1)) {
			a--
		}
		if a < j && s.isWord(a) {
			return s.text[s.toks[a].start:s.toks[j].end]
		}
	}
	low := strings.ToLower(name)
	for i := len(prev) - 1; i >= 0; i-- {
		p := &prev[i]
		if p.Name != "" && !bareHeads.has(p.Name) && (p.Speaker == "the "+low || p.Speaker == "The "+low) {
			return p.Name
		}
	}
	return ""
}

// capsAnd reports whether token k is an "and" joining two capitalised
// words of one body's name ("the Securities and Exchange Commission"),
// the word before it no place ("Japan and EC Commission" are two).
func (s *scratch) capsAnd(k int) bool {
	if k < 1 || !s.lower(k) || s.word(k) != "and" || !s.isWord(k-1) || s.toks[k-1].flags&fCap == 0 {
		return false
	}
	w := s.word(k - 1)
	return !functionCaps.has(w) && !determiners.has(w) && !possessive(w) && !places.has(w) && !demonym(w)
}

// placeLike reports whether the name run r, written as it is, cannot be
// a person's name however its words match one: a lone word after "the"
// ("the Gulf", which a "MidEast Gulf" elsewhere would make a full name),
// or capitals after "for" or "of" that close a title or a body's name
// ("Minister for External Relations", "Bank of America").
func (s *scratch) placeLike(r nameRun) bool {
	if r.a < 2 || !s.isWord(r.a-1) {
		return false
	}
	w := s.word(r.a - 1)
	if r.b-r.a == 1 && (w == "the" || w == "The") {
		return true
	}
	return (w == "for" || w == "of") && s.isWord(r.a-2) && s.toks[r.a-2].flags&fCap != 0
}

// anyOne reports whether the speaker phrase sp holds an indefinite
// article ("one official at a U.S. Bank"): the body it names is any
// such body, not one the article named.
func anyOne(sp string) bool {
	for w := range strings.FieldsSeq(sp) {
		if w == "a" || w == "an" || w == "A" || w == "An" {
			return true
		}
	}
	return false
}
