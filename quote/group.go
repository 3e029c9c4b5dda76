package quote

import "strings"

// sentStart returns the first token of the sentence holding token j.
func (s *scratch) sentStart(j int) int {
	for ; j > 0; j-- {
		if t := s.toks[j-1]; t.kind == tPara || t.kind == tStop && s.sentEnd(j-1) {
			return j
		}
	}
	return 0
}

// collectives are singular nouns news uses for a group that a later "they"
// stands for: "The couple said …. They …".
var collectives = set(`couple pair duo trio`)

// peopleNouns are plural nouns for people, beyond the role lexicon, that
// a later "they" commonly stands for.
var peopleNouns = set(`engineers protesters demonstrators organizers organisers
	participants delegates parents villagers farmers citizens nurses pilots
	miners soldiers troops employees fans players coaches judges lawyers
	economists analysts traders dealers bankers brokers executives
	officers inspectors negotiators mediators authors editors
	underwriters arbitrageurs strategists investors exporters importers`)

// peoplePlural reports whether the lower-case noun w names several people:
// "researchers", "foreign ministers", "engineers", "singers".
func peoplePlural(w string) bool {
	if groupNoun(w) || peopleNouns.has(w) {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	return ok && !strings.HasSuffix(one, "s") && (roles.has(one) && !bodyNouns.has(one) && !documents.has(one) || occupationNouns.has(one))
}

// pluralGroup returns the group a "they" or "them" speaker at token at
// stands for when no organisation does: the subject of the nearest of the
// two sentences before the pronoun's, in its paragraph or the one before,
// that names more than one person. That is a plural role phrase ("The
// researchers" gives "researchers"), a collective ("the couple"), two
// names joined by "and", or a role holder and "counterparts" ("Egyptian
// foreign minister X and his French counterpart" gives "foreign
// ministers"): the group's head phrase, as a reader would name it. A
// subject that is itself "they" passes the search on to the sentence
// before it. "" when there is none.
func (s *scratch) pluralGroup(at int) string {
	para := s.paraOf(at)
	start := s.sentStart(at)
	for n, hops := 0, 0; n < 2 && hops < 4 && start > 0; hops++ {
		end := start - 1 // the stop or paragraph break before the sentence
		if end > 0 && s.toks[end].kind == tPara {
			end-- // a paragraph break may follow a stop
		}
		lo := s.sentStart(end)
		if s.paraOf(lo) < para-1 {
			return ""
		}
		start = lo
		hi := end
		if s.toks[hi].kind != tStop {
			hi++
		}
		if g := s.accordingGroup(lo, hi); g != "" {
			return g
		}
		a, b := s.subject(lo, hi)
		if b <= a {
			a, b = s.plainGroup(lo, hi)
		}
		if b <= a || s.toks[a].flags&fInQuote != 0 {
			n++
			continue
		}
		if b-a == 1 && (s.word(a) == "They" || s.word(a) == "they") {
			continue // "They concluded …. They called …": the same group
		}
		if g := s.groupPhrase(a, b, hi); g != "" {
			return g
		}
		n++
	}
	return ""
}

// accordingGroup returns the plural role phrase a sentence from lo to hi
// opens with as its source ("But according to the Merrill Lynch
// economists, there are signs …" gives "Merrill Lynch economists"): a
// "they" quoted next is that group, which no subject names. "" when the
// sentence opens otherwise.
func (s *scratch) accordingGroup(lo, hi int) string {
	if s.isWord(lo) && sentenceLinks.has(s.word(lo)) {
		lo++
	}
	if !s.isWord(lo) || !strings.EqualFold(s.word(lo), "according") || s.word(lo+1) != "to" {
		return ""
	}
	a := lo + 2
	if s.isWord(a) && determiners.has(s.word(a)) {
		a++
	}
	for b := a; b < hi && b <= a+4 && s.isWord(b); b++ {
		if s.toks[b].flags&fInQuote != 0 {
			return ""
		}
		if s.lower(b) {
			if !peoplePlural(s.word(b)) || s.toks[b+1].kind != tComma {
				return ""
			}
			return s.text[s.toks[a].start:s.toks[b].end]
		}
	}
	return ""
}

// groupPhrase returns the group the subject [a, b) of a sentence ending
// before hi names, or "" when it names one person or thing (see
// pluralGroup).
func (s *scratch) groupPhrase(a, b, hi int) string {
	lo := a
	if determiners.has(s.word(lo)) {
		lo++
	}
	last := strings.ToLower(s.word(b - 1))
	if b > lo && s.lower(b-1) && (peoplePlural(last) || collectives.has(last)) {
		if b < hi && s.word(b) == "and" {
			return "" // "The researchers and their team": left alone
		}
		return s.text[s.toks[lo].start:s.toks[b-1].end]
	}
	if b >= hi || s.word(b) != "and" || !s.named(a, b) {
		return ""
	}
	// "X and his Greek, Cypriot and French counterparts": the role X
	// holds, made plural.
	for k := b + 1; k < hi && k <= b+8; k++ {
		w := s.word(k)
		if w != "counterpart" && w != "counterparts" {
			if s.toks[k].kind == tWord && s.lower(k) && (isCue(w) || functions.has(w) && w != "and") {
				break
			}
			continue
		}
		na := s.nameStart(a, b)
		r := na - 1
		if r < lo || !s.lower(r) || !roles.has(s.word(r)) || bodyNouns.has(s.word(r)) {
			return ""
		}
		m := r
		for m > lo && s.lower(m-1) && !determiners.has(s.word(m-1)) && !possessive(s.word(m-1)) {
			m--
		}
		return plural(s.text[s.toks[m].start:s.toks[r].end])
	}
	// "Cherie and Sean O'Donnell": two names joined, kept whole, but
	// not two names modifying a role ("X and Y representatives").
	if c, d := s.npForward(b+1, hi); d > c && s.named(c, d) && s.nameStart(c, d) == c && s.nameStart(lo, b) == lo && (d == hi || !s.lower(d) || !roles.has(s.word(d)) && !roles.has(strings.TrimSuffix(s.word(d), "s"))) {
		return s.text[s.toks[lo].start:s.toks[d-1].end]
	}
	return ""
}

// plural returns the plural of the English noun phrase p, a role phrase
// whose last word is a singular noun.
func plural(p string) string {
	switch {
	case strings.HasSuffix(p, "s") || strings.HasSuffix(p, "sh") || strings.HasSuffix(p, "ch") || strings.HasSuffix(p, "x"):
		return p + "es"
	case strings.HasSuffix(p, "y") && len(p) > 1 && !strings.ContainsRune("aeiou", rune(p[len(p)-2])):
		return p[:len(p)-1] + "ies"
	case strings.HasSuffix(p, "man"):
		return p[:len(p)-3] + "men"
	}
	return p + "s"
}

// bodyTail returns the end of a definite body noun's "of" phrase after
// the speaker span [a, b) ("The government of American Samoa",
// "the ministry of the Interior"), whose name the speaker is, or b when
// the span is no lone "the <body noun>" or no capitalised name follows.
func (s *scratch) bodyTail(a, b int) int {
	if b-a != 2 || s.word(a) != "the" && s.word(a) != "The" || !s.lower(a+1) || !bodyNouns.has(s.word(a+1)) || documents.has(s.word(a+1)) {
		return b
	}
	if !s.isWord(b) || !s.lower(b) || s.word(b) != "of" {
		return b
	}
	k := s.capAfterThe(b + 1)
	if k < 0 || functionCaps.has(s.word(k)) {
		return b
	}
	return s.capRun(k)
}

// fullBody returns the fullest name the article gave, before token at,
// to the body a definite "the <noun>" speaker stands for: "government of
// American Samoa" for "The government", from "The government of American
// Samoa" or "American Samoa's government" earlier. "" when the article
// named no such body.
func (s *scratch) fullBody(noun string, at int) string {
	if a, b := s.bodyOf(noun, at); b > a {
		if determiners.has(s.word(a)) {
			a++
		}
		return s.text[s.toks[a].start:s.toks[b-1].end]
	}
	for j := at - 1; j > 0; j-- {
		if !s.isWord(j) || s.word(j) != noun || !possessive(s.word(j-1)) || s.toks[j-1].flags&(fCap|fInQuote) != fCap {
			continue
		}
		a := j - 1
		for a > 0 && s.isWord(a-1) && s.toks[a-1].flags&fCap != 0 && !functionCaps.has(s.word(a-1)) && !determiners.has(s.word(a-1)) {
			a--
		}
		return s.text[s.toks[a].start:s.toks[j].end]
	}
	return ""
}

// ownerBefore returns the body that "Its statement" or "Their statement"
// at token a belongs to: the speaker of the latest earlier quote in the
// same or the previous paragraph, when that speaker is a body ("The
// government of American Samoa issued a statement: “…” Their statement
// also read “…”"). "" otherwise.
func (s *scratch) ownerBefore(a int, prev []Found) string {
	para := s.paraOf(a)
	pos := int(s.toks[a].start)
	for i := len(prev) - 1; i >= 0; i-- {
		p := &prev[i]
		if p.SpeakerStart < 0 || p.SpeakerStart >= pos || p.Name == "" {
			continue
		}
		if s.paraAt(p.SpeakerStart) < para-1 {
			return ""
		}
		head, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(p.Speaker, "The "), "the "), " ")
		if bodyName(p.Name) || bodyNouns.has(head) && !documents.has(head) && head != "police" {
			return p.Name
		}
		return ""
	}
	return ""
}

// companyNouns are the body nouns by which news goes on to call a firm it
// has named: "Brown-Forman said …. The company said".
var companyNouns = set(`company firm`)

// namedFirm returns the firm "the company" at token at stands for: the
// latest name opening a sentence as its subject, in the same paragraph or
// the two before, that names no person, place or title holder. "" when
// there is none.
func (s *scratch) namedFirm(at int) string {
	names := s.namesNear(at)
	for i := len(names) - 1; i >= 0; i-- {
		r := names[i]
		a := r.a
		if a > 0 && s.isWord(a-1) && (s.word(a-1) == "The" || s.word(a-1) == "the") {
			a--
		}
		if s.bracket(a-1, '<') {
			a-- // "<Cooper Canada Ltd> said": a wire's bracketed firm
		}
		if !r.subj || !s.opensSentence(a) || r.person || s.titledName(r) || places.has(s.word(r.a)) || r.role > 0 {
			continue
		}
		if r.b-r.a == 1 && (s.opensSentence(r.a) && !s.nameElsewhere(r.a) || s.personElsewhere(r.a) || demonym(s.word(r.a))) {
			continue // "Noting the …", "Goldman said", "Swedish group X": no firm's name
		}
		return s.runText(r)
	}
	return ""
}

// personElsewhere reports whether the lone capitalised word at token j is
// the last word of a person's full name given in the article.
func (s *scratch) personElsewhere(j int) bool {
	_, ok := s.fullName(len(s.toks), s.word(j))
	return ok
}

// demonym reports whether w looks like a people's adjective ("Swedish",
// "Canadian", "Japanese", "Korean"), which opens a description, not a
// firm's name.
func demonym(w string) bool {
	for _, suf := range []string{"ish", "ese", "ian", "ean", "can"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nationality reports whether w is a people's adjective: one [demonym]
// recognises by its ending, or one of the common irregular forms.
func nationality(w string) bool {
	return demonym(w) && w != "Republican" || irregularDemonyms.has(w)
}

// irregularDemonyms are people's adjectives without a regular ending.
var irregularDemonyms = set(`French Greek Dutch Swiss Thai Czech Iraqi Israeli
	Saudi Kuwaiti Pakistani Yemeni Omani Qatari Bahraini Afghan Filipino
	Bangladeshi Somali Emirati Nepali Zimbabwean Iraqis Basque Cypriot`)

// researchDocs are the nouns news uses, interchangeably, for a piece of
// research it quotes: "The study was conducted by …; “…”, reads the
// report".
var researchDocs = set(`study report paper survey analysis`)

// firstDocument returns the research noun the article first used, before
// token at, for the document that "the report" at token at quotes: a
// definite or indefinite mention outside quotations ("The study was
// conducted"). News names a document, then varies the noun; the first
// noun is the document's name. "" when the article used none before.
func (s *scratch) firstDocument(at int) string {
	for j := 1; j < at; j++ {
		if !s.lower(j) || s.toks[j].flags&fInQuote != 0 || !researchDocs.has(s.word(j)) || !s.isWord(j-1) {
			continue
		}
		if n := s.word(j + 1); s.isWord(j+1) && s.lower(j+1) && !functions.has(n) && !isCue(n) && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "s") {
			continue // "the paper industry": a modifier, no document
		}
		if w := s.word(j - 1); w == "the" || w == "The" || w == "a" || w == "A" || w == "new" {
			return s.word(j)
		}
	}
	return ""
}

// inOtherQuote reports whether offset off lies in the content of a quote
// other than qi.
func (s *scratch) inOtherQuote(qi, off int) bool {
	for k := range s.quotes {
		if q := &s.quotes[k]; k != qi && off >= q.start && off < q.end {
			return true
		}
	}
	return false
}

// plainGroup returns a sentence-opening subject [lo, b) that the speaker
// phrase rules pass over, a determiner, up to two modifiers and a plural
// people noun followed by a lower-case word: "The engineers tested".
// An empty range when there is none.
func (s *scratch) plainGroup(lo, hi int) (int, int) {
	j := lo
	if s.isWord(j) && (s.word(j) == "The" || s.word(j) == "These") {
		j++
	}
	for k := j; k < hi && k <= j+2 && s.lower(k); k++ {
		if w := s.word(k); peoplePlural(w) || collectives.has(w) {
			if s.lower(k+1) && k+1 < hi {
				return lo, k + 1
			}
			break
		}
		if functions.has(s.word(k)) {
			break
		}
	}
	return lo, lo
}

// leadFirm returns the firm a wire story is about, for a "the company" or
// an "it" at token at that no nearer name resolves: the firm whose name,
// with its corporate ending ("Union Carbide Corp", "CPC International
// Inc"), the story's first paragraph gives first outside a prepositional
// phrase, when no other firm so written stands outside one before at.
// Company news calls its firm "the company" and "it" for paragraphs on end
// ("Union Carbide Corp said …. ¶ … ¶ In a statement, the company said");
// a second firm in view ("GAF Corp said it would bid") makes the phrase
// ambiguous, and "" is returned. A firm after a preposition ("a motion by
// Hybritech Inc") is an object, no rival.
func (s *scratch) leadFirm(at int) string {
	lead, para := "", 0
	for j := 0; j < at; j++ {
		t := s.toks[j]
		if t.kind == tPara {
			para++
		}
		suffix := s.word(j)
		if t.kind == tWord && t.flags&fCap != 0 && possessive(suffix) {
			suffix = suffix[:len(suffix)-len("'s")] // "Contel Corp's telecommunications unit"
			if strings.HasSuffix(s.word(j), "’s") {
				suffix = s.word(j)[:len(s.word(j))-len("’s")]
			}
		}
		if t.kind != tWord || t.flags&fInQuote != 0 || !firmSuffix.has(suffix) || j+1 < at && s.isWord(j+1) && firmSuffix.has(s.word(j+1)) {
			continue // "Vanadium Corp Ltd" ends at its last ending
		}
		k := j // back over the firm's name: "Union Carbide", "Fertility and Genetics Research", "General Motors of Canada"
		for k > 0 && s.isWord(k-1) && (!s.lower(k-1) || (s.word(k-1) == "and" || s.word(k-1) == "of") && k > 1 && s.isWord(k-2) && !s.lower(k-2) && !possessive(s.word(k-2))) {
			k--
		}
		for k < j && determiners.has(strings.ToLower(s.word(k))) {
			k++
		}
		if k == j || k > 0 && s.isWord(k-1) && (prepositions.has(s.word(k-1)) || determiners.has(s.word(k-1))) && !s.tickerCue(k-1, j+1) {
			continue // "a motion by Hybritech Inc": an object
		}
		name := s.text[s.toks[k].start : int(t.end)-(len(s.word(j))-len(suffix))]
		switch {
		case lead == "" && para != 0:
			return ""
		case lead == "":
			lead = name
		case strings.HasPrefix(name, lead+" of "):
			lead = name // "Consolidated Edison Co of New York Inc": one name
		case name != lead:
			return ""
		}
	}
	return lead
}

// tickerCue reports whether the firm's name that opens at token k (its
// "the" included), after a comma, and ends at token b is the subject of
// a speech verb closing the sentence, its wire ticker between: "…, the
// ANZ Banking Group Ltd <ANZA.S> said." The report's source, no object.
func (s *scratch) tickerCue(k, b int) bool {
	if k < 1 || s.toks[k-1].kind != tComma {
		return false
	}
	j := b
	if j < len(s.toks) && s.toks[j].kind == tOther && s.text[s.toks[j].start] == '<' {
		for j < len(s.toks) && j < b+6 && !(s.toks[j].kind == tOther && s.text[s.toks[j].start] == '>') {
			j++
		}
		j++
	}
	return s.lower(j) && isCue(s.word(j)) && j+1 < len(s.toks) && s.toks[j+1].kind == tStop
}
