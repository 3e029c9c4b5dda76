package quote

import "strings"

// nameRun is a run of capitalised words outside quotations, with its
// leading titles, acronyms and sentence-opening words stripped.
type nameRun struct {
	a, b    int  // tokens
	para    int  // paragraph index
	person  bool // two or more words, none marking an organisation, place or date
	org     bool // an acronym or a name with an organisation word ("Emergencies Ministry")
	orgWord bool // the name holds an organisation word
	subj    bool // not after a preposition or determiner, and followed by a lower-case word or comma
	short   bool // a firm's name written without the ending it had before ("Applied Biosystems")
	// role is one more than the token index of the head of the title or
	// role phrase standing with a person's name ("President" in "President
	// Donald Trump", "commissioner" in "Albert Muchanga, the AU
	// commissioner"), 0 when there is none; [roleLo, roleHi) is the whole
	// phrase, for checking a role phrase's modifiers.
	role, roleLo, roleHi int
}

// nameBreaks holds the words that end a name read backwards: titles,
// determiners, pronouns, sentence-opening function words and words that
// are never names. nameStart asks it of every capitalised word before a
// cue: one lookup in place of five.
var nameBreaks = union(titles, determiners, pronouns, functionCaps, notNames)

// union returns a set of the words of all the sets.
func union(sets ...*lexSet) *lexSet {
	u := make(map[string]bool)
	for _, m := range sets {
		for w, ok := range m.words {
			if ok {
				u[w] = true
			}
		}
	}
	return newLexSet(u)
}

// nameStart returns the first token of the name at the end of the speaker
// span [a, b): the trailing capitalised words that are not titles,
// determiners, pronouns or sentence-opening words. It returns b when the
// span ends in no name ("the Taliban’s acting foreign minister").
func (s *scratch) nameStart(a, b int) int {
	j := b
	if s.numbered(b, a) {
		j = b - 2 // "Republic Act No. 3846"
	}
	for j > a {
		k := j - 1
		if j < b && k > a && s.initialDot(k) {
			j = k // "Wayne A. I. Frederick"
			continue
		}
		w := s.word(k)
		if j < b && s.initialDot(k+1) && len(w) == 1 {
			j = k
			continue
		}
		if j < b && k > a && s.particle(k) {
			j = k // "bin" in "Mohammad bin Salman"
			continue
		}
		if j < b && k > a && s.joinedInitials(k) {
			j = k - 1 // "J.S. Simon": initials written together
			continue
		}
		if j < b && k > a && s.capParticle(k) {
			j = k // "Koos Ten Have", "Francois Du Plessis"
			continue
		}
		if functionCaps.has(w) && j == b && s.surnameCap(k, a) {
			j = k // "Research Fellow Martin How": a surname, mid-sentence
			continue
		}
		if j < b && s.pronounSurname(k) {
			j = k // "But He Weiling, ... said": the surname He, mid-sentence
			continue
		}
		if s.toks[k].flags&fCap == 0 || nameBreaks.has(w) {
			break
		}
		if j < b && (rolesLower.has(w) || occupations.has(w)) {
			break // "Actress Denise Crosby" opening a sentence
		}
		if j == b && possessive(w) {
			break
		}
		if j == b-1 && possessive(w) && !orgWords.has(s.word(j)) && !nonPerson.has(s.word(j)) && !firmSuffix.has(s.word(j)) {
			break // "Jardine Fleming's Edwards": a firm's analyst by surname
		}
		if isAcronym(w) && j < b && !(firmSuffix.has(s.word(b-1)) && s.bracketed(k)) { // "EU" in "EU Nabila"? only trailing acronyms are names, or one opening a wire's bracketed firm ("<CMS Advertising Inc>")
			break
		}
		if nonPerson.has(w) && j < b && !s.anyNonPerson(j, b) && !s.anyThing(j, b) {
			// "President of the United States Donald Trump": a place or
			// body before a name is no part of it.
			break
		}
		j = k
	}
	if j < b && s.toks[j].kind == tStop {
		j++
	}
	if b-j >= 3 && (s.placeBefore(j) || s.bodyAndTail(j)) {
		j = s.afterPlace(j, b)
	}
	if b-j >= 2 && lowerCompound(s.word(j)) {
		j++ // "Oil-dependent Qatar", "Chinese-made Silkworm": an adjective, no given name
	}
	// surnameKnown scans every name before j: it is asked last, of a
	// role word opening a sentence, the rare case.
	for b-j >= 2 && s.opensSentence(j) && s.roleWord(j) && (b-j >= 3 || strings.Contains(s.word(j), "-year-old") || s.surnameKnown(j+1)) {
		j++ // "Immunologist Kristian Andersen", "Fourteen-year-old Zoe Hale", "Villager Li" after "Li Wenxian"
	}
	return j
}

// pronounSurname reports whether token k, a capitalised "He" or "She"
// inside a sentence and followed by a capitalised given name, is a
// surname written first ("But He Weiling, ... said"): a pronoun opening a
// clause mid-sentence is written in lower case, so only the sentence's
// first word stays ambiguous, and that one is read as the pronoun.
func (s *scratch) pronounSurname(k int) bool {
	if w := s.word(k); w != "He" && w != "She" || s.opensSentence(k) {
		return false
	}
	n := k + 1
	if !s.isWord(n) || s.toks[n].flags&(fCap|fInQuote) != fCap {
		return false
	}
	v := s.word(n)
	return !functionCaps.has(v) && !titles.has(v) && !determiners.has(v) && !pronouns.has(v) && !notNames.has(v) && !isAcronym(v) && !possessive(v)
}

// surnameKnown reports whether the word at token k is the family name of
// a person named in full earlier, written first ("Li" after "Li
// Wenxian") or last ("Smith" after "John Smith").
func (s *scratch) surnameKnown(k int) bool {
	s.buildNames() // a no-op while the names are being built
	w := s.word(k)
	for _, r := range s.names {
		if r.b > k {
			break
		}
		if r.person && r.b-r.a >= 2 && (s.word(r.b-1) == w || s.word(r.a) == w && s.surnameFirst(r)) {
			return true
		}
	}
	return false
}

// placeBefore reports whether the capitalised words from token j follow a
// title or role and "of", "for", "from" or "to" ("Mayor of London Sadiq
// Khan", "Special Representative for Iran Brian Hook", "Ambassador to
// Germany Richard Grenell", "expert in Tokyo Tomas de Hora"): they open with the place
// or body the title is of, and the person's name comes after it.
func (s *scratch) placeBefore(j int) bool {
	p := j - 1
	if p < 1 || !s.lower(p) || !(linkers.has(s.word(p)) || s.word(p) == "to" || s.word(p) == "in") || !s.isWord(p-1) {
		return false
	}
	w := s.word(p - 1)
	if s.word(p) == "in" {
		// "financial expert in Tokyo Tomas de Hora": a role posted in a
		// city; only a lower-case role, as "Minister in Charge" is a title.
		return s.lower(p-1) && roles.has(w)
	}
	return titles.has(w) || rolesLower.has(w) || s.toks[p-1].flags&fCap != 0 && !functionCaps.has(w) && s.isWord(p-2) && titles.has(s.word(p-2))
}

// afterPlace returns where the person's name starts in the capitalised
// words [j, b) that open with a place: at the first common given name
// after the place's first word, else at the last two words, an initial or
// particle before them included ("Hong Kong Carrie Lam", "of Columbia
// John G. Roberts").
func (s *scratch) afterPlace(j, b int) int {
	for k := j + 1; k < b-1; k++ {
		if w := s.word(k); s.isWord(k) && (maleNames.has(w) || femaleNames.has(w)) {
			return k
		}
	}
	k := b - 2
	for k > j+1 && (!s.isWord(k) || len(s.word(k)) == 1 || s.particle(k)) {
		k--
	}
	return k
}

// roleWord reports whether token j, a capitalised word opening a sentence
// before a name, is a common noun describing the person: a word of the
// role lists, a compound age ("Fourteen-year-old"), a noun in -ist
// ("Immunologist") or a word the article also writes in lower case
// ("Voter", "Legislator").
func (s *scratch) roleWord(j int) bool {
	w := s.word(j)
	if rolesLower.has(w) || occupations.has(w) || strings.Contains(w, "-year-old") || strings.HasSuffix(w, "ist") {
		return true
	}
	if len(w) <= 3 || maleNames.has(w) || femaleNames.has(w) || !agentive(w) {
		return false
	}
	return s.usedLower(w) || s.usedLower(w+"s")
}

// agentive reports whether w ends like a noun for a doer ("Voter",
// "Legislator", "Resident", "Protester").
func agentive(w string) bool {
	for _, suf := range [...]string{"er", "or", "ent", "ant", "ist"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// surnameCap reports whether token k, a capitalised word that usually
// opens a sentence ("How", "Still"), is a surname: it ends a speaker span
// that starts at a, mid-sentence, right after a capitalised word that could
// be a given name.
func (s *scratch) surnameCap(k, a int) bool {
	if k <= a || s.opensSentence(k) || !s.isWord(k-1) || s.toks[k-1].end+1 != s.toks[k].start {
		return false
	}
	p := s.word(k - 1)
	return s.toks[k-1].flags&fCap != 0 && !functionCaps.has(p) && !titles.has(p) && !determiners.has(p) &&
		!pronouns.has(p) && !notNames.has(p) && !possessive(p) && !isAcronym(p) && !nonPerson.has(p)
}

// anyNonPerson reports whether a word of [a, b) marks an organisation,
// place or date.
func (s *scratch) anyNonPerson(a, b int) bool {
	for j := a; j < b; j++ {
		if nonPerson.has(s.word(j)) {
			return true
		}
	}
	return false
}

// anyThing reports whether a word of [a, b) heads a thing's or an
// operation's name ("Operation Inherent Resolve"), which a body's name
// before it may carry: "Combined Joint Task Force Operation Inherent
// Resolve" is one name.
func (s *scratch) anyThing(a, b int) bool {
	for j := a; j < b; j++ {
		if thingHeads.has(s.word(j)) {
			return true
		}
	}
	return false
}

// named reports whether the speaker span [a, b) is a name, possibly with
// titles and roles before it, rather than a role phrase: it ends in a name
// and, if it opens with a determiner, has no lower-case word ("The Alachua
// Sheriff's Office" is a name, "the Speaker of the House" a role).
func (s *scratch) named(a, b int) bool {
	if s.nameStart(a, b) == b {
		return false
	}
	if determiners.has(s.word(a)) {
		for j := a + 1; j < b; j++ {
			if s.toks[j].flags&fCap == 0 {
				return false
			}
		}
	}
	return true
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// isAcronym reports whether w is all upper-case letters, two or more.
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// buildNames collects the name runs of the text once per Find call, when a
// speaker first needs resolving.
func (s *scratch) buildNames() {
	if s.namesDone {
		return
	}
	s.namesDone = true
	s.names = s.names[:0]
	para := 0
	for j := 0; j < len(s.toks); {
		t := s.toks[j]
		if t.kind == tPara {
			para++
		}
		if t.kind != tWord || t.flags&(fCap|fInQuote) != fCap {
			j++
			continue
		}
		start := j
		k := s.capRun(j)
		mid := k
		if e := s.ofTail(start, k); e > k {
			k = e // "Court of Session", "University of Essex"
		}
		if e := s.acronymTail(start, k); e > k {
			k = e // "Commission on International Religious Freedom (USCIRF)"
		}
		s.addRun(start, mid, k, para)
		j = k
	}
}

// namesNear returns the name runs that end by token at, in its paragraph
// or the two before: where news names the body a later noun or pronoun
// stands for. The runs are in text order; callers read them latest first.
func (s *scratch) namesNear(at int) []nameRun {
	s.buildNames()
	para := s.paraOf(at)
	hi := len(s.names)
	for hi > 0 && s.names[hi-1].b > at {
		hi--
	}
	lo := hi
	for lo > 0 && s.names[lo-1].para >= para-2 {
		lo--
	}
	return s.names[lo:hi]
}

// capRun returns the end of the run of capitalised words outside
// quotations from token j; a possessive ends it.
func (s *scratch) capRun(j int) int {
	k := j
	for k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].flags&(fCap|fInQuote) == fCap {
		k++
		if possessive(s.word(k - 1)) {
			break
		}
		if (k-j >= 2 || k-j == 1 && s.initialsOpen(j)) && s.initialDot(k) && s.nameDot(k) {
			k++ // "John G. Roberts", "George W. Bush", "R. P. Goenka"
			continue
		}
		if k-j == 1 && s.joinedInitials(k) && k+1 < len(s.toks) && s.toks[k+1].kind == tWord && s.toks[k+1].flags&(fCap|fInQuote) == fCap &&
			(k+2 == len(s.toks) || s.word(k+2) != "and" && !firmSuffix.has(s.word(k+2)) && !firmTails.has(s.word(k+2))) {
			// "J.S. Simon": initials written together; not a firm's
			// ("J.P. Morgan and Co").
			k++
			continue
		}
		if s.particle(k) {
			k++ // "Mohammad bin Salman", "Ursula von der Leyen"
			for s.particle(k) {
				k++
			}
		}
	}
	if k-j >= 2 && s.numbered(k+2, j) {
		k += 2 // "Republic Act No. 3846"
	}
	return k
}

// particle reports whether token k is a name particle standing between
// capitalised words outside quotations (possibly through more particles).
func (s *scratch) particle(k int) bool {
	if k <= 0 || !s.isWord(k) || !particles.has(s.word(k)) || s.toks[k].flags&fInQuote != 0 {
		return false
	}
	p := s.toks[k-1]
	if p.kind != tWord || p.flags&(fCap|fInQuote) != fCap && !particles.has(s.word(k-1)) {
		return false
	}
	n := k + 1
	for s.isWord(n) && particles.has(s.word(n)) {
		n++
	}
	return n < len(s.toks) && s.toks[n].kind == tWord && s.toks[n].flags&(fCap|fInQuote) == fCap
}

// numbered reports whether the tokens before end, after lo, are "No. N",
// the numbered tail of a law's or a resolution's name.
func (s *scratch) numbered(end, lo int) bool {
	k := end - 3
	return k > lo && s.isWord(k) && s.word(k) == "No" && s.toks[k+1].kind == tStop &&
		s.toks[k+1].end-s.toks[k+1].start == 1 && s.isNumber(k+2)
}

// isNumber reports whether token k is a word of digits.
func (s *scratch) isNumber(k int) bool {
	if !s.isWord(k) {
		return false
	}
	w := s.word(k)
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return len(w) > 0
}

// ofTail returns the end of an organisation's name [a, b) continued by "of"
// (and "the") and more capitalised words ("Court of Session", "University
// of Essex"), or b when the run names no organisation or no such tail
// follows.
func (s *scratch) ofTail(a, b int) int {
	if b+1 >= len(s.toks) || !s.lower(b) || s.word(b) != "of" || possessive(s.word(b-1)) {
		return b
	}
	org := false
	for j := a; j < b && !org; j++ {
		org = orgWords.has(s.word(j))
	}
	if org && s.isNumber(b+1) && s.toks[b+1].flags&fInQuote == 0 {
		return b + 2 // "the Group of 24", "the Group of 77": the number is the name's
	}
	k := s.capAfterThe(b + 1)
	if !org || k < 0 || functionCaps.has(s.word(k)) {
		return b
	}
	return s.capRun(k)
}

// acronymTail returns the end of a name [a, b) that runs on over a
// lower-case joining word and more capitalised words to an acronym in
// brackets spelling the whole name's initials: "United States Commission
// on International Religious Freedom (USCIRF)". The acronym shows the
// joined words are one name. b when no such tail follows.
func (s *scratch) acronymTail(a, b int) int {
	if b+1 >= len(s.toks) || !s.lower(b) || !joiners.has(s.word(b)) {
		return b
	}
	k := s.capAfterThe(b + 1)
	if k < 0 {
		return b
	}
	e := s.capRun(k)
	if e+2 >= len(s.toks) || s.toks[e].kind != tParen || s.text[s.toks[e].start] != '(' || s.toks[e+2].kind != tParen || !s.isWord(e+1) {
		return b
	}
	acr := s.word(e + 1)
	if !isAcronym(acr) {
		return b
	}
	n := 0
	for j := a; j < e; j++ {
		if s.toks[j].kind != tWord || s.toks[j].flags&fCap == 0 || n == 0 && determiners.has(s.word(j)) {
			continue // "The" opening the sentence
		}
		if n >= len(acr) || s.word(j)[0] != acr[n] {
			return b
		}
		n++
	}
	if n != len(acr) {
		return b
	}
	return e
}

// joiners are the lower-case words inside an organisation's name.
var joiners = set(`on for of and`)

// addRun records the run [a, b) once stripped; [mid, b), when not empty,
// is an "of" tail that stays whole ("Court of Session").
func (s *scratch) addRun(a, mid, b, para int) {
	orig := a
	if possessive(s.word(b - 1)) {
		return
	}
	if a = s.nameStart(a, mid); a == mid {
		return
	}
	if b-a == 1 && firmSuffix.has(s.word(a)) {
		return // "Jefferies and Co": the tail of a firm's name, no name alone
	}
	r := nameRun{a: a, b: b, para: para, person: b-a >= 2 && !s.workTitle(orig)}
	for j := a; j < b; j++ {
		w := s.word(j)
		if nonPerson.has(w) || isAcronym(w) || possessive(w) {
			r.person = false
		}
		if orgWords.has(w) {
			r.org, r.orgWord = true, true
		}
		if isAcronym(w) && !places.has(w) {
			r.org = true
		}
	}
	if thingHeads.has(s.word(b - 1)) {
		r.person = false // "the Iran–Iraq War": a thing's name, not a person's
	}
	if r.person && orig >= 1 && s.toks[orig-1].kind == tComma && s.firmAndTail(b) {
		// "Smith Barney, Harris Upham and Co": a partner's name in a
		// firm's list of partners, no person's. (A name opening the
		// list, "Samuel Montagu and Co", keeps the fuller form the
		// firm is called by.)
		r.person, r.org = false, true
	}
	if r.person && orig >= 1 && s.bracket(orig-1, '<') && s.firmAndTail(b) {
		// "<J.Henry Wagg and Co Ltd>": a wire's bracketed firm named
		// for its founder, no person.
		r.person, r.org = false, true
	}
	if r.person && a == orig && s.afterDotted(orig) {
		// "the U.S. Hopes Japan will": wire copy capitalises the word
		// after "U.S."; a person named there follows a title ("U.S.
		// Ambassador Mike Mansfield"), which nameStart strips.
		r.person = false
	}
	if r.person && s.firmPrefix(a, b) {
		// "Applied Biosystems earned", after "Applied Biosystems Inc
		// said": a firm's name without its ending is no person's.
		r.person, r.org, r.short = false, true, true
	}
	if !r.person && s.saidIt(b) && !s.surnameSoFar(s.word(b-1)) {
		// "Continental said it decided": a person would have been a he
		// or she (a person's "said it would" is rarer than a firm's).
		r.org = true
	}
	if r.person || b-a == 1 && (a > orig || s.introNoun(orig-1)) {
		h, lo, hi := s.runRole(orig, a, b)
		r.role, r.roleLo, r.roleHi = h+1, lo, hi
	}
	before := orig - 1
	r.subj = true
	if s.isWord(before) {
		// "the" may open an organisation's name: "The Georgian Tennis
		// Federation (GFT) released".
		if w := s.word(before); prepositions.has(w) || determiners.has(w) && !(r.org && (w == "the" || w == "The")) || possessive(w) {
			r.subj = false
		}
		// "he called Trump a …": a name right after a verb that follows
		// a word is the verb's object; after a clause boundary the
		// verb is inverted ("…,” said Smith) and the name its subject.
		if w := s.word(before); s.lower(before) && (isCue(w) || strings.HasSuffix(w, "ed")) && s.isWord(before-1) {
			r.subj = false
		}
		// "the 1,600 Special Drawing Rights": a name after a quantity
		// is what is counted, no one acting (a year may open a
		// sentence: "In 1986 Smith said").
		if w := s.word(before); w[0] >= '0' && w[0] <= '9' && !(len(w) == 4 && (w[:2] == "19" || w[:2] == "20")) {
			r.subj = false
		}
		// "the murder of journalist Jamal Khashoggi": a role noun after a
		// preposition makes the name its object too.
		if w := s.word(before); s.lower(before) && roles.has(w) && s.isWord(before-1) && prepositions.has(s.word(before-1)) {
			r.subj = false
		}
	}
	if r.person && r.subj && s.objectConjunct(orig) {
		r.subj = false // "moves by Citicorp and Chase Manhattan to increase"
	}
	after := b
	if after+2 < len(s.toks) && r.org && s.toks[after].kind == tParen && s.toks[after+2].kind == tParen {
		after += 3 // an acronym in brackets
	}
	if after < len(s.toks) && orig > 0 && s.bracket(orig-1, '<') && s.bracket(after, '>') && !(s.isWord(orig-2) && s.toks[orig-2].flags&fCap != 0 && !possessive(s.word(orig-2))) {
		// (A bracket right after a capitalised name holds its ticker:
		// "Cie Generale <TCT.L> said"; the name before is the subject.
		// After a possessive the brackets hold a firm: "Japan's
		// <Nippon Oil>".)
		after++ // "<Cooper Canada Ltd> said": a wire's bracketed firm
		r.person, r.org = false, true
	}
	if after < len(s.toks) {
		if n := s.toks[after]; !(n.kind == tComma || n.kind == tWord && n.flags&fCap == 0) {
			r.subj = false
		}
	} else {
		r.subj = false
	}
	if r.person && (after >= len(s.toks) || s.toks[after].kind == tComma || s.lower(after)) && s.titleChain(orig-1) {
		// "Secretary of State George Shultz told": the name closes a
		// title's "of" and "for" phrases that open the sentence, and
		// is its subject; the words of the body before the person's
		// name are no part of it ("Economic Affairs Allen Wallis").
		r.subj = true
		if b-r.a > 2 && !s.initialDot(b-2) && !s.nameDot(b-2) && !kindWords["union"].has(s.word(b-1)) {
			r.a = b - 2
		}
	}
	if r.person && a > orig && s.isWord(before) && s.word(before) == "in" && s.placeBefore(orig) && after < len(s.toks) && (s.toks[after].kind == tComma || s.lower(after)) {
		// "Senior EC financial expert in Tokyo Tomas de Hora has
		// watched": the name after a role's place is the role's
		// person, the subject its preposition hid.
		r.subj = true
	}
	if s.isWord(before) && s.word(before) == "to" && s.isWord(before-1) && strings.EqualFold(s.word(before-1), "according") {
		// "according to Kidston": a source named as the speaker of
		// what follows is as good a mention as a subject.
		r.subj = true
	}
	s.names = append(s.names, r)
}

// objectConjunct reports whether the name starting at token a is joined
// by "and" to a capitalised name right after a preposition ("moves by
// Citicorp and Chase Manhattan to increase"): the second name is the
// preposition's object as the first is, not a subject.
func (s *scratch) objectConjunct(a int) bool {
	if !s.isWord(a-1) || s.word(a-1) != "and" {
		return false
	}
	k := a - 2
	for k > 0 && (s.isWord(k) && s.toks[k].flags&(fCap|fInQuote) == fCap || s.letterDot(k)) {
		k--
	}
	return k < a-2 && s.lower(k) && prepositions.has(s.word(k)) && s.toks[k].flags&fInQuote == 0
}

// titleChain reports whether the preposition at token j closes a chain
// of "of" and "for" phrases after a capitalised title that opens its
// sentence: "U.S. Undersecretary of State for Economic Affairs", "Secretary
// of the Treasury". Only capitalised words, "and", "the" and the dots of
// abbreviations may stand between.
func (s *scratch) titleChain(j int) bool {
	if s.lower(j) && s.word(j) == "the" {
		j--
	}
	if !s.lower(j) || s.word(j) != "of" && s.word(j) != "for" && s.word(j) != "and" {
		return false
	}
	for n := 0; j > 0 && n < 12; n++ {
		j--
		switch {
		case s.lower(j):
			if w := s.word(j); w != "of" && w != "for" && w != "and" && w != "the" {
				return false
			}
			continue
		case !s.isWord(j):
			if s.nameDot(j) {
				continue
			}
			return false
		}
		w := s.word(j)
		if lw := strings.ToLower(w); !titles.has(w) && !roles.has(lw) && !strings.HasSuffix(lw, "secretary") || !s.lower(j+1) {
			continue
		}
		k := j // back over what may come before the title: "U.S."
		for k > 0 && k > j-4 && (s.isWord(k-1) && s.toks[k-1].flags&fCap != 0 || s.nameDot(k-1)) {
			k--
		}
		if s.opensSentence(k) {
			return true
		}
		// "However, the President of the Brazilian Coffee Institute
		// Jorio Dauster told": an article and a linking word may come
		// first.
		if s.lower(k-1) && s.word(k-1) == "the" {
			k--
		}
		if k >= 2 && s.toks[k-1].kind == tComma {
			k--
		}
		return k >= 1 && s.isWord(k-1) && sentenceLinks.has(s.word(k-1)) && s.opensSentence(k-1)
	}
	return false
}

// saidIt reports whether the name ending before token b is the subject
// of a speech verb whose reported clause opens with "it" ("Continental
// said it decided", "General Acquisition added it was aware"): the
// mark of a body, since of a person the clause would say he or she.
func (s *scratch) saidIt(b int) bool {
	j := b
	if s.lower(j) && (s.word(j) == "also" || s.word(j) == "today") {
		j++
	}
	if !s.lower(j) || !isCue(s.word(j)) || !strings.HasSuffix(s.word(j), "ed") && s.word(j) != "said" {
		return false
	}
	j++
	if s.lower(j) && s.word(j) == "that" {
		j++
	}
	return s.lower(j) && s.word(j) == "it"
}

// firmPrefix reports whether the words of tokens [a, b) open a firm's name
// built before, one ended by a firm suffix ("Applied Biosystems Inc").
func (s *scratch) firmPrefix(a, b int) bool {
	for _, q := range s.names {
		if q.person || q.b-q.a <= b-a || !firmSuffix.has(s.word(q.b-1)) {
			continue
		}
		same := true
		for k := 0; k < b-a && same; k++ {
			same = s.word(q.a+k) == s.word(a+k)
		}
		if same {
			return true
		}
	}
	return false
}

// surnameSoFar reports whether w is the last word of a person's name
// among the runs built so far.
func (s *scratch) surnameSoFar(w string) bool {
	for _, r := range s.names {
		if r.person && s.word(r.b-1) == w {
			return true
		}
	}
	return false
}

// bracket reports whether token j is the mark c, a wire's angle bracket
// around a firm's name ("<Cooper Canada Ltd>").
func (s *scratch) bracket(j int, c byte) bool {
	return j >= 0 && j < len(s.toks) && s.toks[j].kind == tOther && s.text[s.toks[j].start] == c
}

// firmSuffix are the words that close a firm's name.
var firmSuffix = set(`Co Corp Cos Inc Ltd Plc PLC Bancorp`)

// runRole returns the token of the head of the title or role standing
// with the name [a, b), whose run of capitals began at orig, and the token
// range of the whole phrase; -1 when there is none. The role is a title
// inside the run ("President"), a role noun just before it ("commissioner
// Albert Muchanga"), or a role set off by commas after or before it ("X,
// the spokeswoman,", "the spokeswoman, X,"). A deputy's title ("Vice
// President") counts as none, so it never matches the chief's.
func (s *scratch) runRole(orig, a, b int) (head, lo, hi int) {
	if a > orig && s.placeBefore(orig) && !deputies.has(s.word(orig-2)) {
		// "President of Argentina Alberto Fernández": the title stands
		// before the place the run opens with.
		return orig - 2, orig - 2, orig - 1
	}
	if a > orig {
		if honorifics.has(s.word(a - 1)) {
			return -1, 0, 0
		}
		for j := orig; j < a-1; j++ {
			if deputies.has(s.word(j)) {
				return -1, 0, 0
			}
		}
		lo := orig
		for lo > 0 && s.lower(lo-1) && !functions.has(s.word(lo-1)) && !prepositions.has(s.word(lo-1)) && orig-lo < 3 {
			lo-- // "civil aviation Minister": lower-case modifiers
		}
		return a - 1, lo, a
	}
	if s.lower(orig-1) && (roles.has(s.word(orig-1)) || s.introNoun(orig-1)) {
		lo := orig - 1
		for lo > 0 && s.isWord(lo-1) && !functions.has(s.word(lo-1)) && !prepositions.has(s.word(lo-1)) && !determiners.has(s.word(lo-1)) && orig-lo < 4 {
			lo--
		}
		return orig - 1, lo, orig
	}
	if b < len(s.toks) && s.toks[b].kind == tComma {
		if h, k := s.roleIn(b+1, 1); h >= 0 {
			return h, b + 1, k + 1
		}
	}
	if orig-1 >= 0 && s.toks[orig-1].kind == tComma {
		if h, k := s.roleIn(orig-2, -1); h >= 0 {
			return h, k, orig - 1
		}
	}
	if b+1 < len(s.toks) && s.lower(b) && copulas.has(s.word(b)) && s.lower(b+1) && determiners.has(s.word(b+1)) {
		// "Mary Jones is the spokeswoman for the ministry": a role
		// given as the predicate.
		if h, k := s.roleIn(b+1, 1); h >= 0 {
			return h, b + 1, k + 1
		}
	}
	return -1, 0, 0
}

// roleIn scans up to six words from token j in direction dir for a role
// noun, stopping at punctuation; it returns the role noun that heads the
// phrase ("commissioner" in "the EU trade commissioner"), -1 when there is
// none, and the token where the scan ended.
func (s *scratch) roleIn(j, dir int) (int, int) {
	found, end := -1, j
	for n := 0; n < 6 && s.isWord(j); n, j = n+1, j+dir {
		end = j
		if roles.has(s.word(j)) {
			found = j
			if dir < 0 {
				break
			}
		} else if dir > 0 && found >= 0 {
			end = j - 1
			break
		}
	}
	return found, end
}

// resolveRole returns the name a definite singular role phrase [a, b)
// refers to ("the commissioner", "The president", "the ministry"): the most
// recent earlier person whose title or role has the same head, or for an
// organisation noun the most recent organisation whose name holds it; ""
// when there is none.
func (s *scratch) resolveRole(a, b int) string {
	// A title written capitalised ("the Prime Minister") is a role phrase
	// like "the prime minister"; any other capital makes it a name.
	if b-a < 2 || (s.word(a) != "the" && s.word(a) != "The") || !s.lower(b-1) && !titles.has(s.word(b-1)) {
		return ""
	}
	firmMods := false // "the Drexel spokesman": a firm's name before the role
	for j := a + 1; j < b-1; j++ {
		if s.word(j) == "of" || !s.isWord(j) {
			return "" // "the head of the police": not a plain role
		}
		if !s.lower(j) && !isAcronym(s.word(j)) && !titles.has(s.word(j)) && !clipped(s.word(j)) {
			firmMods = true
		}
	}
	head := strings.ToLower(s.word(b - 1))
	if strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") || documents.has(head) {
		return "" // a plural, or "the letter": a document is no one's role
	}
	s.buildNames()
	if !roles.has(head) && !occupationNouns.has(head) && kinGender[head] == unknownGender && !orgWords.has(strings.ToUpper(head[:1])+head[1:]) && !s.introduced(a, head) {
		return ""
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > a {
			continue
		}
		if r.role > 0 && s.isWord(r.role) && s.word(r.role) == "to" && aides.has(head) {
			continue // "an aide to Agriculture Secretary Richard Lyng": the aide is someone else
		}
		if r.role > 0 && strings.EqualFold(s.word(r.role-1), head) && s.modifiersAgree(a+1, b-1, r.roleLo, r.roleHi) {
			if firmMods && !r.person {
				continue // "the Drexel spokesman" is a person, named in full
			}
			if r.person {
				return s.runText(r)
			}
			if full, ok := s.fullName(r.a, s.word(r.a)); ok {
				return full // "President Trump", first named in full
			}
			if r.b-r.a == 1 && r.role == r.a && s.lower(r.a-1) {
				// "archbishop Scheinig", "toymaker Hasbro": a lone
				// name the article introduced with the role word.
				return s.runText(r)
			}
			if r.b-r.a == 1 && titles.has(s.word(r.role-1)) && r.role-1 < r.a {
				// "Pope Francis … the Pope": a title with a lone
				// name is how some holders are always called.
				return s.runText(r)
			}
		}
		if firmMods && r.person && r.role > 0 && strings.EqualFold(s.word(r.role-1), head) && s.firmBefore(a+1, b-1, r) {
			// "Royal Trustco Ltd …, president Michael Cornelissen
			// said …. The Royal Trust president": the firm named in
			// the person's clause, before the role.
			return s.runText(r)
		}
		if firmMods {
			continue
		}
		if r.org && !r.person && r.subj {
			for j := r.a; j < r.b; j++ {
				if strings.EqualFold(s.word(j), head) {
					return s.runText(r)
				}
			}
		}
	}
	if name := s.bodyOfficer(a, b, head); name != "" {
		return name // "Owen Bieber, UAW president … the UAW chief said"
	}
	if firmMods {
		return ""
	}
	if name := s.copulaHolder(a, b, head); name != "" {
		return name
	}
	return s.family(a, head)
}

// genericHeads are role nouns wire copy uses to refer back to any office
// holder of a body ("the UAW chief" for its president).
var genericHeads = set(`chief official leader head boss`)

// bodyOfficer returns the person a phrase "the BODY chief" [a, b) refers
// back to when the head is generic and BODY a lone capitalised word: the
// latest person named in full with a role of their own whose sentence
// names BODY, in any case, close to the name ("United Automobile Workers (UAW) president Owen Bieber" for "the
// UAW chief", "Jay Naidoo, general secretary of the Congress of South
// African Trade Unions (COSATU)" for "The Cosatu official"); "" when no
// one is, or the article introduced an unnamed one ("An SEC official",
// "an official of the Shanghai city government").
func (s *scratch) bodyOfficer(a, b int, head string) string {
	if b-a != 3 || !genericHeads.has(head) || !s.isWord(a+1) || s.toks[a+1].flags&fCap == 0 || functionCaps.has(s.word(a+1)) || titles.has(s.word(a+1)) {
		return ""
	}
	body := s.word(a + 1)
	for j := 0; j+1 < a; j++ {
		if !s.isWord(j) || !indefinites.has(strings.ToLower(s.word(j))) {
			continue
		}
		for k := j + 1; k < a && k <= j+3 && s.isWord(k); k++ {
			if s.word(k) == head {
				// "An SEC official in Washington said", "An official of
				// the Shanghai city government said": an unnamed
				// officer introduced before.
				return ""
			}
		}
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > a || !r.person || r.role == 0 || s.toks[r.a].flags&fInQuote != 0 {
			continue
		}
		lo, hi := max(s.sentStart(r.a), r.a-12), r.b
		for hi < a && hi < r.b+15 && !(s.toks[hi].kind == tPara || s.toks[hi].kind == tStop && s.sentEnd(hi)) {
			hi++
		}
		for j := lo; j < hi; j++ {
			if j >= r.a && j < r.b {
				continue
			}
			if s.isWord(j) && strings.EqualFold(s.word(j), body) {
				return s.runText(r)
			}
		}
	}
	return ""
}

// copulaHolder returns the name the article earlier described with the
// role phrase [a, b) through "is" or "was" ("Citicorp is the largest bank
// group in the U.S." before "The bank group continued"): the name ends
// right before the verb, and the head and every modifier of the phrase
// come within the five words after it. "" when there is none.
func (s *scratch) copulaHolder(a, b int, head string) string {
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		v := r.b
		if v+2 >= a || !r.subj || !s.isWord(v) || s.word(v) != "is" && s.word(v) != "was" || !determiners.has(s.word(v+1)) {
			continue
		}
		for h := v + 2; h < a && h <= v+6 && s.lower(h); h++ {
			if strings.EqualFold(s.word(h), head) {
				if s.modifiersAgree(a+1, b-1, v+2, h) {
					return s.runText(r)
				}
				break
			}
		}
	}
	return ""
}

// family resolves a gendered family noun ("the father", "the wife") in an
// article about a family: the most recent person named before token at
// whose gender is the noun's and whose family name another person named
// in the article shares ("David Turpin" and "Louise Turpin" make "the
// father" David Turpin). "" when the article names no such family.
func (s *scratch) family(at int, noun string) string {
	g := kinGender[noun]
	if g == unknownGender {
		return ""
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.person {
			continue
		}
		name := s.runText(r)
		if nameGender(name) != g {
			continue
		}
		last := s.word(r.b - 1)
		for k := range s.names {
			o := s.names[k]
			if o.person && s.word(o.b-1) == last && s.word(o.a) != s.word(r.a) {
				return name
			}
		}
	}
	return ""
}

// kinGender gives the gender of the family nouns a news report uses for
// the members of a family it names.
var kinGender = map[string]gender{
	"father": male, "husband": male, "son": male, "brother": male, "widower": male,
	"mother": female, "wife": female, "daughter": female, "sister": female, "widow": female,
}

// modifiersAgree reports whether every word of a role phrase's modifiers
// [a, b) ("health" in "the local health minister"), generic ones aside,
// is a word of a candidate's role phrase [lo, hi) (an acronym may stand a
// comma or two before it).
func (s *scratch) modifiersAgree(a, b, lo, hi int) bool {
	for j := a; j < b; j++ {
		w := s.word(j)
		if genericMods.has(w) {
			continue
		}
		found := false
		from := lo
		if isAcronym(w) {
			// "Chicago Board of Trade, CBT, chairman Karsten Mahlmann …
			// the CBT chairman": a body's acronym set off just before
			// the role is its modifier too.
			from = max(0, lo-3)
		}
		for k := from; k < hi && !found; k++ {
			found = strings.EqualFold(s.word(k), w) || clipped(w) && strings.HasPrefix(s.word(k), w)
		}
		if !found {
			return false
		}
	}
	return true
}

// firmBefore reports whether the modifiers [a, b) of a role phrase
// ("Royal Trust" in "The Royal Trust president") each begin a word of the
// sentence that introduced the person r before the role phrase ("Royal
// Trustco Ltd is expanding, president Michael Cornelissen said"), the role
// phrase itself holding no capitalised modifier of its own that would
// name another firm.
func (s *scratch) firmBefore(a, b int, r nameRun) bool {
	for k := r.roleLo; k < r.role-1; k++ {
		if !s.lower(k) && !titles.has(s.word(k)) {
			return false
		}
	}
	lo := s.sentStart(r.roleLo)
	for j := a; j < b; j++ {
		w := s.word(j)
		if s.lower(j) || genericMods.has(w) {
			continue
		}
		found := false
		for k := lo; k < r.roleLo && !found; k++ {
			found = s.isWord(k) && !s.lower(k) && strings.HasPrefix(s.word(k), w) && len(w) >= 3
		}
		if !found {
			return false
		}
	}
	return true
}

// resolveOrg returns the organisation "it" or "they" at token at stands
// for: the most recent organisation named as a subject in the pronoun's
// paragraph or the one before, with no person named as a subject after
// it; "" when there is none. For "they" (plural) an acronym is not enough:
// the name must hold an organisation word ("Syrian Democratic Forces").
func (s *scratch) resolveOrg(at int, plural bool) string {
	s.buildNames()
	para := s.paraOf(at)
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.subj {
			continue
		}
		if r.para < para-1 || r.person || r.b-r.a == 1 && !r.org && s.titledName(r) {
			return "" // "Sheriff Lee said they arrested": a person since
		}
		if r.org && s.afterWhether(r.a) {
			continue // "It did not say whether only OPEC … were behind": what was reported on
		}
		if r.org && (!plural || r.orgWord) {
			k := r.a // back over what the run stripped: "AM", "<", "The"
			for k > 0 && (s.toks[k-1].kind == tOther || s.isWord(k-1) && !s.lower(k-1)) {
				k--
			}
			if firmSuffix.has(s.word(r.b-1)) && !s.opensSentence(k) || r.short && !s.opensSentence(k) && !(k > 0 && s.toks[k-1].kind == tComma) {
				continue // a firm inside its sentence is an object more often than not
			}
			return s.runText(r)
		}
	}
	return ""
}

// companyBefore returns the firm or body an "it" at token at stands for
// when the sentence before it, in the same or the previous paragraph,
// opens with "The company", "The firm" or a body's noun ("The ministry")
// as the subject of a verb ("Marine Midland Banks Inc said …. ¶ The
// company added that …. ¶ “…,” it said"): the firm or body that phrase
// resolves to, or "".
func (s *scratch) companyBefore(at int) string {
	lo, end := s.sentBefore(at)
	for lo < end && s.toks[lo].kind != tWord {
		lo++
	}
	if end <= lo+2 || s.paraOf(lo) < s.paraOf(at)-1 {
		return ""
	}
	n := s.word(lo + 1)
	if w := s.word(lo); w != "The" && w != "the" || !companyNouns.has(n) && !(bodyNouns.has(n) && !documents.has(n) && s.lower(lo+1)) || !s.lower(lo+2) || functions.has(s.word(lo+2)) {
		return ""
	}
	if !companyNouns.has(n) {
		// "MITI said …. ¶ The ministry cited a survey …. ¶ “…,” it
		// said": the body the noun stands for, named in full before.
		return s.fullBody(n, lo)
	}
	return s.namedFirm(lo)
}

// label returns the speaker label opening the paragraph of token at in an
// interview ("((Dorsa Derakhshani))", "((WN))"), or "".
func (s *scratch) label(at int) string {
	j := at
	for j > 0 && s.toks[j].kind != tPara {
		j--
	}
	if s.toks[j].kind == tPara {
		j++
	}
	if j+2 >= len(s.toks) || s.toks[j].kind != tParen || s.toks[j+1].kind != tParen || s.text[s.toks[j].start] != '(' || s.text[s.toks[j+1].start] != '(' {
		return ""
	}
	a := j + 2
	b := a
	for b < len(s.toks) && b < at && s.toks[b].kind == tWord {
		b++
	}
	if b == a || b+1 >= len(s.toks) || s.toks[b].kind != tParen || s.text[s.toks[b].start] != ')' {
		return ""
	}
	name := s.text[s.toks[a].start:s.toks[b-1].end]
	if name == "WN" || name == "Wikinews" {
		return "Wikinews"
	}
	return name
}

// personName returns the person a name run names: the run itself when it
// is a person's name, the full name the article gives a lone surname that
// is no organisation's, or "".
func (s *scratch) personName(r nameRun) string {
	switch {
	case r.person:
		return s.runText(r)
	case r.b-r.a == 1 && !r.org:
		name, _ := s.personFull(r.a, s.word(r.a))
		return name
	}
	return ""
}

// runText returns the text of name run r.
func (s *scratch) runText(r nameRun) string {
	return s.text[s.toks[r.a].start:s.toks[r.b-1].end]
}

// resolveSurname returns the most recent full person name before token at
// whose last word is w, or w itself when there is none.
func (s *scratch) resolveSurname(at int, w string, honorific bool) string {
	s.buildNames()
	if full, ok := s.fullNameFirst(at, w, honorific); ok {
		return full
	}
	if full := s.variantName(at, w); full != "" {
		return full
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		if r := s.names[i]; r.b <= at && r.person && s.word(r.a) == w && s.surnameFirst(r) {
			return s.runText(r)
		}
	}
	return w
}

// variantName returns the most recent full person name before token at
// whose last word is a spelling variant of the surname w, one letter
// apart and alike in its first ("Saree" for "Yahya Sarea", as
// transliterations vary within one report); "" when there is none. Short
// words are left alone: one letter turns "Lee" into "Lew". A name the
// article writes three times or more, and more often than the full name's
// spelling, is someone else's ("Reagan" beside "Donald Regan").
func (s *scratch) variantName(at int, w string) string {
	if len(w) < 5 {
		return ""
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.person {
			continue
		}
		if v := s.word(r.b - 1); len(v) >= 5 && v[0] == w[0] && oneApart(v, w) {
			if n := s.mentions(w); n >= 3 && n > s.mentions(v) {
				continue // "Reagan" seventeen times, "Donald Regan" once: two people
			}
			return s.runText(r)
		}
	}
	return ""
}

// surnameIs reports whether v, a full name's last word, is the surname w,
// with or without an Arabic article ("al-Attiya" for "Attiya").
func surnameIs(v, w string) bool {
	if v == w {
		return true
	}
	i := strings.IndexByte(v, '-')
	return i > 0 && v[i+1:] == w && hyphenParticle(v)
}

// oneApart reports whether a and b differ by one byte changed, added or
// dropped.
func oneApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		d := 0
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				d++
			}
		}
		return d == 1
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// fullName returns the most recent person run ending before token at whose
// last word is w.
func (s *scratch) fullName(at int, w string) (string, bool) {
	return s.fullNameFirst(at, w, false)
}

// personFull is fullName for a lone word already known to stand for a
// person (a he or she's antecedent): failing a run that ends in w, it
// takes the latest run that starts with w and has the shape of a
// family-name-first name ("Yao Liu, president of …" then "Yao said").
func (s *scratch) personFull(at int, w string) (string, bool) {
	if full, ok := s.fullName(at, w); ok {
		return full, true
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		if r := s.names[i]; r.b <= at && r.person && s.word(r.a) == w && s.surnameFirst(r) {
			if full, ok := s.fullName(at, s.word(r.b-1)); ok && strings.HasSuffix(full, " "+s.runText(r)) {
				return full, true // "Antonio Ortiz Mena … Ortiz Mena … Ortiz said"
			}
			return s.runText(r), true
		}
	}
	return "", false
}

// fullNameFirst is fullName that, when first is set and no run ends in w,
// accepts one that starts with w: after an honorific ("Mr Tong") the word
// is a family name, which East Asian names put first ("Tong Yung-soo").
func (s *scratch) fullNameFirst(at int, w string, first bool) (string, bool) {
	fi, best, bestN := -1, "", 0
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.person {
			continue
		}
		if surnameIs(s.word(r.b-1), w) || r.b-r.a > 2 && generational.has(s.word(r.b-1)) && s.word(r.b-2) == w {
			// "Exley" after "Charles E. Exley Jr". Of several people sharing the surname ("Donald Trump",
			// "Melania Trump"), the one the article names most often
			// is the one the bare surname means; on a tie, the one
			// named first, the article's main person.
			if t := s.runText(r); best == "" {
				best, bestN = t, s.timesNamed(t, at)
			} else if t != best {
				if n := s.timesNamed(t, at); n >= bestN {
					best, bestN = t, n
				}
			}
		}
		if first && fi < 0 && s.word(r.a) == w {
			fi = i
		}
	}
	if best != "" {
		return best, true
	}
	if fi >= 0 {
		return s.runText(s.names[fi]), true
	}
	return "", false
}

// surnameFirst reports whether person run r has the shape of a name that
// puts the family name first (Chinese "Zhao Ziyang", Korean "Kim
// Dae-jung", Vietnamese "Nguyen Van Linh"): two or three words, the first
// a short one that is no common given name, none of them a given name or
// an initial. A later bare use of its first word then means the person,
// as such reports write "Zhao said". Words a text also writes in lower
// case, firm suffixes and words marking places or bodies rule it out
// ("Sears Roebuck", "Krupp GmbH", "Mobil Exploration").
func (s *scratch) surnameFirst(r nameRun) bool {
	n := r.b - r.a
	if n < 2 || n > 3 || s.word(r.b) == "and" || firmSuffix.has(s.word(r.b)) {
		return false // "Sears Roebuck and Co"
	}
	for _, o := range s.names {
		if o.org && s.word(o.a) == s.word(r.a) {
			return false // "Sears Merchandise Group"
		}
	}
	w := s.word(r.a)
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for k := r.a; k < r.b; k++ {
		v := s.word(k)
		if len(v) < 2 || maleNames.has(v) || femaleNames.has(v) || !s.isWord(k) ||
			nonPerson.has(v) || firmSuffix.has(v) || innerCap(v) && !hyphenGiven(v) || s.usedLower(v) {
			return false
		}
	}
	return true
}

// hyphenGiven reports whether w is a hyphenated given name of the kind
// Chinese and Korean names romanise ("Chi-Cheng", "Mahn-je", "Ch'u-K'ai"):
// two capitalised or lower-case syllables joined by one hyphen, the
// capital after the hyphen being no sign of a brand.
func hyphenGiven(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 2 || h > len(w)-3 || strings.IndexByte(w[h+1:], '-') >= 0 {
		return false
	}
	for _, part := range [...]string{w[:h], w[h+1:]} {
		for i := 1; i < len(part); i++ {
			if c := part[i]; !(c >= 'a' && c <= 'z' || c == '\'') {
				return false
			}
		}
	}
	return true
}

// innerCap reports whether w has a capital after its first letter
// ("CentOS", "McDonald"), the shape of a brand or of a Western name.
func innerCap(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// resolvePronoun returns the name a personal pronoun at token at refers to:
// the most recent person named, as an earlier quote's speaker or as a
// subject, before it in its paragraph or the two before; "" when none.
func (s *scratch) resolvePronoun(at int, prev []Found) string {
	name := s.resolvePronounFrom(at, at, prev)
	if st := s.sentStart(at); name != "" && st < at-1 && s.word(st) == "Asked" && s.toks[at-1].kind == tComma {
		// "Asked if his bank has lost confidence after the resignation
		// of Hu Yaobang, he said": the one asked was named before the
		// question, not in it.
		last := name[strings.LastIndexByte(name, ' ')+1:]
		for j := st + 1; j < at; j++ {
			if s.word(j) == last {
				if alt := s.resolvePronounFrom(at, st, prev); alt != "" {
					return alt
				}
				break
			}
		}
	}
	return name
}

// pronounNamed returns the person named before token pron, a "He" or
// "She" opening its sentence, whose surname is that word ("He Weiling …
// He said"): wire copy calls a person by surname after the first mention,
// and a surname that is also a pronoun is capitalised all the same. ""
// when the article names no such person.
func (s *scratch) pronounNamed(pron int) string {
	w := s.word(pron)
	if w != "He" && w != "She" {
		return ""
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		if r := s.names[i]; r.b <= pron && r.person && s.word(r.a) == w {
			return s.runText(r)
		}
	}
	return ""
}

// pronounReporter returns, for a lower-case "he" or "she" at token pron,
// the person surnamed He or She (see [scratch.pronounNamed]) when the
// last subject of a speech verb in its sentence or the two before is a
// sentence-opening "He" or "She" that stands for that person ("He said
// China will have to … . “…,” he said"), with no other person named
// between; "" otherwise.
func (s *scratch) pronounReporter(pron int) string {
	w := s.word(pron)
	if w != "he" && w != "she" {
		return ""
	}
	up := strings.ToUpper(w[:1]) + w[1:]
	lo, seen := pron, 0 // seen counts the sentences passed, its own first
	for j := pron - 1; j >= 0 && seen < 3; j-- {
		if t := s.toks[j]; t.kind != tWord || t.flags&fInQuote != 0 || !s.opensSentence(j) {
			continue
		}
		if s.word(j) == up && s.lower(j+1) && (isCue(s.word(j+1)) || reportVerbs.has(s.word(j+1))) {
			lo = j
			break
		}
		seen++
	}
	if lo == pron {
		return ""
	}
	for _, r := range s.names {
		if r.a > lo && r.b <= pron && s.toks[r.a].flags&fInQuote == 0 && s.personOf(r) != "" {
			return "" // a person named between may hold the pronoun
		}
	}
	return s.pronounNamed(lo)
}

// resolvePronounFrom is resolvePronoun for the pronoun at token pron,
// searching back from token at.
func (s *scratch) resolvePronounFrom(pron, at int, prev []Found) string {
	s.buildNames()
	g := pronounGender(s.word(pron))
	para := s.paraOf(at)
	pos := int(s.toks[at].start)
	if name := s.pronounNamed(pron); name != "" {
		return name
	}
	if name := s.pronounReporter(pron); name != "" {
		return name
	}
	if name := s.prevSubject(at, g); name != "" && s.personal(name, g) {
		return name
	}
	if name := s.prevRoleSubject(at, g); name != "" && personWord(name[strings.LastIndexByte(name, ' ')+1:]) {
		// Only the role noun need be personal: a body may qualify it
		// ("A Savings Department spokesman").
		return name
	}
	if name := s.lastReporter(at, g); name != "" {
		return name // "Monsod said …. “…,” she said"
	}
	if name := s.salient(at, g, prev, 4); name != "" && s.personal(name, g) {
		return name
	}
	best, bestPos := "", -1
	for i := len(prev) - 1; i >= 0; i-- {
		p := &prev[i]
		if p.SpeakerStart < 0 || p.SpeakerStart >= pos || p.Name == "" || p.SpeakerKind == RoleSpeaker || !s.agrees(g, p.Name) || bodyName(p.Name) || !s.personal(p.Name, g) {
			continue // a body is never "he" or "she"
		}
		if sp := strings.IndexByte(p.Name, ' '); sp > 0 && (determiners.has(p.Name[:sp]) || strings.EqualFold(p.Name[:sp], "one") || strings.EqualFold(p.Name[:sp], "another")) {
			continue // "A third arbitrageur": a role phrase holds only for its next sentence
		}
		if s.paraAt(p.SpeakerStart) < para-2 {
			continue
		}
		if p.SpeakerStart > bestPos {
			best, bestPos = p.Name, p.SpeakerStart
		}
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.subj || r.para < para-2 {
			continue
		}
		start := int(s.toks[r.a].start)
		if start <= bestPos {
			break
		}
		if hg := s.honorificGender(r.a); g != unknownGender && hg != unknownGender && hg != g {
			continue // "Ms Smith … he"
		}
		if r.person && lowerCompound(s.word(r.a)) {
			continue // "Chinese-made Silkworm": a thing and its maker, no he or she
		}
		if s.modifiesRole(r) {
			continue // "A Hong Kong trader … he": the trader, not Hong Kong
		}
		if r.person {
			if name := s.runText(r); s.agrees(g, name) && s.personal(name, g) {
				return name
			}
			continue // "Michelle Obama … he": someone else
		}
		if r.b-r.a == 1 {
			if full, ok := s.personFull(r.a, s.word(r.a)); ok && s.agrees(g, full) && s.personal(full, g) {
				return full
			}
			if g != unknownGender && s.honorificGender(r.a) == g {
				return s.word(r.a) // "Ms Jones … she"
			}
			if w := s.word(r.a); s.titledName(r) && !r.org && !nonPerson.has(w) && s.agrees(g, w) && s.personal(w, g) {
				return w // "Turkish president Erdoğan called …; he said"
			}
		}
	}
	if best == "" && g != unknownGender {
		if best = s.recentPerson(at, g); !s.personal(best, g) {
			best = ""
		}
	}
	if best == "" && g != unknownGender {
		best = s.prevCueRole(at)
	}
	if best == "" && g != unknownGender {
		best = s.accordingRole(at)
	}
	if best == "" && g != unknownGender {
		best = s.pronounChain(at, g)
	}
	if best == "" {
		best = s.roleChain(at, g, prev) // "one dealer said. ¶ “…,” he added"
	}
	return best
}

// pronounChain is the last resort for a he or she more than two
// paragraphs from the person it stands for: "Unilever chairman Michael
// Angus said. ¶ He told reporters … ¶ …, he noted. ¶ “…,” he said". The
// nearest person named before token at, outside quotations, is taken when
// that person was named as a subject, agrees with gender g, and every
// paragraph since goes on with the same pronoun; nobody else (a name, or
// "a trader", "one analyst") may be brought in between. "" otherwise.
func (s *scratch) pronounChain(at int, g gender) string {
	s.buildNames()
	para := s.paraOf(at)
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || s.toks[r.a].flags&fInQuote != 0 {
			continue
		}
		if r.para < para-8 {
			return ""
		}
		if s.modifiesRole(r) {
			return "" // "A Hong Kong trader": someone unnamed
		}
		name := s.personName(r)
		if name == "" {
			if r.person || r.b-r.a == 1 && !r.org && r.subj && s.lower(r.b) && isCue(s.word(r.b)) {
				return "" // someone the article did not name in full
			}
			continue
		}
		if !s.personal(name, g) && strings.Contains(name, " ") && (placeTails.has(name[strings.LastIndexByte(name, ' ')+1:]) || adjectiveRun(name) || s.gerundOpening(name[:strings.IndexByte(name, ' ')], name)) {
			continue // "Ivory Coast has been chosen": a country between, no one in the chain
		}
		if !r.subj || !s.agrees(g, name) || !s.personal(name, g) || !s.sameChain(r.b, at, r.para, para, name) {
			return ""
		}
		k := r.a - 1 // back over a title: "when Atty. Gen. Edwin Meese told"
		for k > 0 && k > r.a-6 && (s.isWord(k) && s.toks[k].flags&fCap != 0 || s.nameDot(k) || s.toks[k].kind == tStop && s.isWord(k-1) && titleAbbrevs.has(s.word(k-1))) {
			k--
		}
		if s.lower(k) && subordinators.has(s.word(k)) {
			return "" // the subject of a clause inside another's sentence
		}
		return name
	}
	return ""
}

// subordinators open a clause inside a sentence whose subject is
// another's.
var subordinators = set(`when whenever after before since until while as if because although though unless`)

// sameChain reports whether the tokens [from, at), which run from
// paragraph p0 to paragraph p1, keep to one person: each paragraph after
// p0 and before p1 holds the pronoun at's word outside quotations, and no
// unnamed person is brought in ("a trader", "one analyst"), nor anyone by
// a possessive other than name's ("from Reagan's standpoint"; a body's
// acronym, "the IMF's facility", brings in no one). One
// paragraph of background may come between ("…, he said. ¶ The round was
// launched in 1986. ¶ …, he said.") when it brings in no group of people
// ("some other analysts"); and a role named in the pronoun's own
// paragraph ("said the regional manager …. “…,” he added") is the one the
// pronoun stands for.
func (s *scratch) sameChain(from, at, p0, p1 int, name string) bool {
	pro := strings.ToLower(s.word(at))
	last := name[strings.LastIndexByte(name, ' ')+1:]
	var withPro, withGroup uint64 // bit p-p0 per paragraph p
	for j := from; j < at; j++ {
		t := s.toks[j]
		if t.kind != tWord || t.flags&fInQuote != 0 {
			continue
		}
		if t.flags&fCap != 0 && possessive(s.word(j)) && !strings.HasPrefix(s.word(j), last) && !s.opensSentence(j) && !isAcronym(strings.TrimSuffix(strings.TrimSuffix(s.word(j), "'s"), "’s")) {
			return false // "from Reagan's standpoint": someone else in view
		}
		w := strings.ToLower(s.word(j))
		p := s.paraOf(j)
		if w == pro {
			if p-p0 < 64 {
				withPro |= 1 << (p - p0)
			}
			continue
		}
		if p == p1 && t.flags&fCap == 0 && roles.has(w) && !bodyNouns.has(w) {
			return false // "said the regional manager …, he added"
		}
		if p-p0 < 64 && len(w) > 1 && w[len(w)-1] == 's' && roles.has(w[:len(w)-1]) && !bodyNouns.has(w[:len(w)-1]) {
			withGroup |= 1 << (p - p0)
		}
		if w == "a" || w == "an" || w == "one" || w == "another" {
			for k := j + 1; k < at && k <= j+4 && s.isWord(k); k++ {
				if h := s.word(k); roles.has(h) && !bodyNouns.has(h) {
					return false
				}
			}
		}
	}
	gaps := 0
	for p := p0 + 1; p < p1; p++ {
		if p-p0 >= 64 {
			return false
		}
		if withPro&(1<<(p-p0)) != 0 {
			continue
		}
		if gaps++; gaps > 1 || withGroup&(1<<(p-p0)) != 0 {
			return false
		}
	}
	return true
}

// recentPerson is the fallback for a he or she nothing else resolved: the
// most salient person of gender g named in the pronoun's sentence before
// it or in the two sentences before that, a subject before any other
// mention, the latest first. "… spoke with Anne Sacoolas as a suspect.
// She informed police …" is Sacoolas though she was named as an object.
// Only a person's full name (or a surname the article gave in full)
// counts, and its gender must be known and agree: a guess with no
// evidence is worse than no name.
func (s *scratch) recentPerson(at int, g gender) string {
	lo, n := at-1, 0
	for ; lo >= 0; lo-- {
		if t := s.toks[lo]; t.kind == tStop && s.sentEnd(lo) {
			if n++; n == 3 {
				break
			}
		}
	}
	for _, subj := range [...]bool{true, false} {
		for i := len(s.names) - 1; i >= 0; i-- {
			r := s.names[i]
			if r.b > at {
				continue
			}
			if r.a <= lo {
				break
			}
			if subj && !r.subj || s.workTitle(r.a) || r.a > 0 && s.toks[r.a-1].kind == tParen {
				continue // an interview's speaker label is the "I", not a "she"
			}
			name := s.personName(r)
			if name != "" && s.knownGender(name) == g {
				return name
			}
		}
	}
	return ""
}

// topPerson returns the person the article has named most often before
// token at, by the last word of the name, when that is three times or
// more and the name agrees with gender g; "" otherwise. A possessive
// pronoun without a nearby antecedent ("His wife Mary said" closing an
// obituary) refers to the article's main person.
func (s *scratch) topPerson(at int, g gender) string {
	s.buildNames()
	best, bestN := "", 2
	for i := range s.names {
		r := s.names[i]
		if r.b > at || !r.person {
			continue
		}
		name := s.runText(r)
		if !s.agrees(g, name) {
			continue
		}
		last := s.word(r.b - 1)
		n := 0
		for j := 0; j < at; j++ {
			if s.toks[j].kind == tWord && s.toks[j].flags&fCap != 0 && strings.TrimSuffix(strings.TrimSuffix(s.word(j), "'s"), "’s") == last {
				n++
			}
		}
		if n > bestN {
			best, bestN = name, n
		}
	}
	return best
}

// prevSubject returns the person that is the subject of the sentence
// before the one that the pronoun at token at opens, in the same
// paragraph, when the name agrees with the pronoun's gender g; "" when
// the pronoun opens no sentence or that subject is no person. The subject
// of the sentence before is the likeliest antecedent of a sentence-opening
// pronoun: "Trump said he banned travel, which Biden opposed. He claimed
// …" is Trump, not Biden.
func (s *scratch) prevSubject(at int, g gender) string {
	end := at - 1
	if end >= 1 && s.toks[end].kind == tClose {
		// "“…,” he declared" after the quote that opens the sentence:
		// the pronoun comes first but for the quote.
		if o := s.quotes[s.toks[end].q].openTok; o >= 1 {
			end = o - 1
		}
	}
	if end >= 1 && s.toks[end].kind == tPara && s.paraLead(end) {
		end-- // a he opening a paragraph after a one-sentence one
	}
	if end < 1 || s.toks[end].kind != tStop || !s.sentEnd(end) {
		return ""
	}
	lo := s.sentenceStart(end)
	if lo >= end {
		return ""
	}
	a, b := s.subject(lo, end)
	if b > a && b < end && s.lower(b) && s.word(b) == "in" && s.placeBefore(b+1) {
		// "Senior EC financial expert in Tokyo Tomas de Hora has
		// watched": the subject runs on through the city to the name.
		if e := s.capRun(b + 1); e-b > 3 && e < end && s.lower(e) {
			b = e
		}
	}
	if b <= a || b >= end || !s.lower(b) || s.firmAndTail(b) {
		return "" // "… Harris Upham and Co. He thinks": a firm, no subject
	}
	name := ""
	if !s.named(a, b) {
		// "Actor Brendan Fraser's appearance at the convention was
		// …": a person's possession as the subject keeps the person
		// in view, unless it is another person ("Trump's lawyer").
		if name = s.possessor(a, b); name == "" {
			return ""
		}
	}
	na := s.nameStart(a, b)
	if name != "" {
		na = b // nobody in the subject competes with the possessor
	} else if b-na == 1 {
		name, _ = s.personFull(na, s.word(na))
	} else if !s.anyNonPerson(na, b) {
		name = s.text[s.toks[na].start:s.toks[b-1].end]
	}
	if name == "" || !s.agrees(g, name) {
		return ""
	}
	// Another person as the subject of a clause of its own ("while
	// Minister X wrote …") competes; one in a relative clause ("which
	// Biden opposed") does not.
	s.buildNames()
	for i := range s.names {
		r := s.names[i]
		if r.a < b || r.b > end || !r.subj || !r.person && r.b-r.a > 1 || s.workTitle(r.a) {
			continue
		}
		k := r.a - 1
		for k > b && s.isWord(k) && s.toks[k].flags&fCap != 0 {
			k--
		}
		if !(s.lower(k) && relatives.has(s.word(k))) {
			return ""
		}
	}
	if hg := s.honorificGender(na); g != unknownGender && hg != unknownGender && hg != g {
		return ""
	}
	if i := strings.LastIndex(name, "'s "); i >= 0 {
		name = name[i+3:] // "the Congressional Budget Office's Rudolph Penner"
	}
	return name
}

// prevRoleSubject is prevSubject for a subject that names a person by
// role alone: "One of the victims agreed to be named. She said …" or "The
// head of the internal investigators told the court … She also said …".
// The he or she opening the next sentence is that person, not someone
// named earlier; the role phrase is returned as the name. "" when the
// pronoun opens no sentence, has no gender, or that subject is no such
// phrase (a name, a body, a gender that disagrees).
func (s *scratch) prevRoleSubject(at int, g gender) string {
	end := at - 1
	if s.isWord(end) && sentenceLinks.has(s.word(end)) {
		// "A Reagan administration official said …. But he said":
		// a linking word opening the pronoun's sentence.
		end--
		if end >= 1 && s.toks[end].kind == tPara && s.paraLead(end) {
			end-- // the pronoun's sentence opens a paragraph of its own
		}
	}
	if end >= 1 && s.toks[end].kind == tClose && s.toks[end-1].kind != tStop {
		// "“…,” he said" after the quote that opens the sentence: the
		// pronoun comes first but for the quote.
		if o := s.quotes[s.toks[end].q].openTok; o >= 1 {
			end = o - 1
		}
	}
	if end >= 1 && s.toks[end].kind == tPara && s.paraLead(end) {
		// "A Savings Department spokesman refused to comment, …¶ “…,”
		// he told Reuters": the pronoun's paragraph follows a
		// one-sentence paragraph whose subject is the role.
		end--
	}
	if end >= 1 && s.toks[end].kind == tClose && s.toks[end-1].kind == tStop {
		end-- // the sentence before ends with a quotation: "… told the court “…”."
	} else if end < 1 || s.toks[end].kind != tStop || !s.sentEnd(end) {
		return ""
	}
	if g == unknownGender {
		return ""
	}
	lo := s.sentenceStart(end)
	if lo >= end || !s.isWord(lo) || s.toks[lo].flags&fInQuote != 0 {
		return ""
	}
	if k := s.openingPhraseEnd(lo, end); k > lo {
		// "Putting it more sharply, one senior banking official
		// blamed …": the subject after an opening participle's phrase.
		lo = k
	} else if s.word(lo) == "According" && s.isWord(lo+1) && s.word(lo+1) == "to" {
		lo += 2 // "According to one Western envoy, …, it extrapolated": the source
	} else if sentenceLinks.has(s.word(lo)) && lo+2 < end && s.toks[lo+1].kind == tComma && s.isWord(lo+2) && indefinites.has(s.word(lo+2)) {
		// "However, one dealer … advised caution": someone unnamed
		// (a definite "the USDA secretary" may be someone named before).
		lo += 2
	} else if sentenceLinks.has(s.word(lo)) && lo+1 < end && s.isWord(lo+1) && indefinites.has(s.word(lo+1)) {
		lo++ // "But an official at the Canadian embassy said": the link without its comma
	} else if k := s.placePhraseEnd(lo, end); k > lo {
		lo = k // "In Los Angeles, one office manager commented"
	}
	a := lo
	if s.isWord(a+1) && quantifiers.has(s.word(a)) && s.word(a+1) == "of" {
		a += 2 // "One of the victims"
	}
	if !s.isWord(a) || !determiners.has(s.word(a)) && s.word(a) != "one" && s.word(a) != "One" && s.word(a) != "Another" {
		return "" // ("Another worker … said …. “…,” she said": a second unnamed source)
	}
	b := a + 1
	personRole := func(w string) bool {
		return (roles.has(w) || roles.has(strings.TrimSuffix(w, "s"))) && !bodyNouns.has(w)
	}
	for b < end && (s.lower(b) || s.toks[b].flags&fCap != 0 && !functionCaps.has(s.word(b))) && !personRole(s.word(b)) && b-a < 4 {
		b++ // modifiers: "the senior internal investigator", "A Reagan administration official"
	}
	if b >= end || !s.lower(b) || !personRole(s.word(b)) {
		return ""
	}
	if kg := kinGender[s.word(b)]; kg != unknownGender && kg != g {
		return ""
	}
	b++
	phraseEnd := -1 // the role phrase's end when an aside follows it
	if b < end && s.toks[b].kind == tComma {
		// "one dealer, although seeing no reason to be bullish, advised
		// caution": an aside set off by commas before the verb.
		for k := b + 1; k < end && k <= b+12; k++ {
			if s.toks[k].kind == tComma {
				if s.lower(k+1) && !functions.has(s.word(k+1)) {
					phraseEnd, b = b, k+1
				}
				break
			}
			if !s.isWord(k) {
				break
			}
		}
	}
	if s.isWord(b) && (roleLinks.has(s.word(b)) || s.word(b) == "in") {
		// "The head of the police's internal investigators told", "A
		// spokesman for the Finance Ministry said", "Another worker in a
		// Hongshan tea-growing collective said": the phrase runs on
		// to its verb, a speech verb or a past tense.
		k := b + 1
		for k < end && k-b < 8 && (s.isWord(k) || s.toks[k].kind == tOther || s.nameDot(k) || s.innerDot(k) || s.abbrevDot(k)) && !isCue(s.word(k)) && (!strings.HasSuffix(s.word(k), "ed") || s.innerDot(k-1)) {
			k++
		}
		if k >= end || !s.lower(k) {
			return ""
		}
		b = k
	}
	if b >= end || !s.lower(b) || functions.has(s.word(b)) && !isCue(s.word(b)) {
		return "" // no verb after the phrase
	}
	if phraseEnd > 0 {
		b = phraseEnd
	}
	if name := s.resolveRole(lo, b); name != "" {
		return name // "The prime minister urged …": Mulroney, named before
	}
	return s.text[s.toks[lo].start:s.toks[b-1].end]
}

// innerDot reports whether token j is a full stop or hyphen glued to the
// words on both sides ("U.S.-based"), which ends no sentence.
func (s *scratch) innerDot(j int) bool {
	return j > 0 && j+1 < len(s.toks) && (s.toks[j].kind == tStop || s.toks[j].kind == tDash) && s.toks[j-1].end == s.toks[j].start && s.toks[j+1].start == s.toks[j].end
}

// abbrevDot reports whether token j is the full stop of a dotted
// abbreviation before a lower-case word ("one U.S. carmaker"), inside a
// role's placing phrase no sentence's end.
func (s *scratch) abbrevDot(j int) bool {
	return j > 0 && s.toks[j].kind == tStop && s.isWord(j-1) && s.toks[j-1].end == s.toks[j].start && dottedCaps(s.word(j-1)) && s.lower(j+1)
}

// roleLinks join a role noun to what places it: "the head of the
// investigators", "a spokesman for the bank", "an official at one of
// the banks".
var roleLinks = set(`of for at with`)

// accordingRole is a he or she that nothing else resolves whose sentence
// follows one opened by an unnamed source ("According to one Western
// envoy, an expert on …, it extrapolated …. ¶ But the calculations were
// based …, he said"): the source's role phrase, its article or "one"
// included, or "".
func (s *scratch) accordingRole(at int) string {
	lo, end := s.sentBefore(s.sentStart(at))
	if end <= lo+4 {
		return ""
	}
	if s.word(lo) != "According" || !s.isWord(lo+1) || s.word(lo+1) != "to" {
		// "The 100 mln stg … was exhausted within days, according to
		// a spokeswoman. ¶ “…,” she said": the source closing the
		// sentence.
		for k := end - 4; k > lo && k >= end-7; k-- {
			if s.word(k) == "according" && s.word(k+1) == "to" && s.toks[k-1].kind == tComma && s.lower(end-1) && roles.has(s.word(end-1)) && !bodyNouns.has(s.word(end-1)) && (determiners.has(s.word(k+2)) || s.word(k+2) == "one") {
				for j := k + 3; j < end; j++ {
					if !s.isWord(j) {
						return ""
					}
				}
				return s.text[s.toks[k+2].start:s.toks[end-1].end]
			}
		}
		return ""
	}
	a := lo + 2
	if w := s.word(a); !s.isWord(a) || !determiners.has(w) && w != "one" && w != "One" {
		return ""
	}
	for b := a + 1; b < end && b <= a+4 && s.isWord(b); b++ {
		if w := s.word(b); s.lower(b) && roles.has(w) && !bodyNouns.has(w) {
			if b+1 < end && s.toks[b+1].kind != tComma {
				return ""
			}
			return s.text[s.toks[a].start:s.toks[b].end]
		}
	}
	return ""
}

// openingPhraseEnd returns the token after the comma that closes a
// participle's phrase opening the sentence at lo ("Putting it more
// sharply, one …"), or lo when the sentence opens otherwise.
func (s *scratch) openingPhraseEnd(lo, end int) int {
	if !s.isWord(lo) || s.lower(lo) || !strings.HasSuffix(s.word(lo), "ing") {
		return lo
	}
	for k := lo + 1; k < end && k <= lo+10; k++ {
		switch {
		case s.toks[k].kind == tComma:
			return k + 1
		case !s.isWord(k):
			return lo
		}
	}
	return lo
}

// firmAndTail reports whether tokens from b read "and Co" or "and
// Company", the tail of a firm named after its partners.
func (s *scratch) firmAndTail(b int) bool {
	return s.isWord(b) && s.word(b) == "and" && s.isWord(b+1) && (firmSuffix.has(s.word(b+1)) || s.word(b+1) == "Company")
}

// afterDotted reports whether token j comes right after a dotted
// abbreviation of capitals ("U.S.", "U.K."), its full stop included.
func (s *scratch) afterDotted(j int) bool {
	return j >= 2 && s.toks[j-1].kind == tStop && s.isWord(j-2) && s.toks[j-2].end == s.toks[j-1].start && dottedCaps(s.word(j-2))
}

// placePhraseEnd returns the token after the comma that closes a short
// phrase opening the sentence at lo with a capitalised preposition ("In
// Los Angeles,", "At the Chicago Board of Trade,") when someone unnamed
// follows it ("one office manager", "a dealer"), or lo: a place set first
// is the setting, not the sentence's subject.
func (s *scratch) placePhraseEnd(lo, end int) int {
	if !s.isWord(lo) || s.lower(lo) || !openingPrepositions.has(s.word(lo)) {
		return lo
	}
	for k := lo + 1; k < end && k <= lo+8; k++ {
		switch {
		case s.toks[k].kind == tComma:
			if s.isWord(k+1) && indefinites.has(s.word(k+1)) {
				return k + 1
			}
			return lo
		case !s.isWord(k):
			return lo
		}
	}
	return lo
}

// openingPrepositions open a sentence with its setting: a place or a
// time.
var openingPrepositions = set(`In At On From Outside Inside`)

// modifiesRole reports whether name run r is a modifier inside a role
// phrase, between a determiner and the role noun it qualifies ("A Hong
// Kong trader", "the Goldman Sachs economist"): a place or a firm there
// names no person, so no he or she stands for it.
func (s *scratch) modifiesRole(r nameRun) bool {
	return r.a >= 1 && s.isWord(r.a-1) && determiners.has(s.word(r.a-1)) && s.lower(r.b) && roles.has(s.word(r.b))
}

// bodyNouns are role nouns that name a body or a text, which no he or she
// stands for.
var bodyNouns = set(`ministry government agency authorities authority
	organisation organization group groups company army military council
	committee office department union party regulator operator firm
	airline team club court tribunal jury panel palace campaign
	proclamation summary release ruling judgment judgement decision
	opinion letter tweet post website study statement report police`)

// paraOf returns the paragraph index of token j.
func (s *scratch) paraOf(j int) int { return s.paraAt(int(s.toks[j].start)) }

// paraAt returns the index of the paragraph holding byte offset off.
func (s *scratch) paraAt(off int) int {
	lo, hi := 0, len(s.paras)
	for lo < hi {
		m := (lo + hi) / 2
		if s.paras[m].end <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// latterFormer resolves "the latter" (latter set) or "the former" at token
// at: the last or the next-to-last of the people or bodies named before it
// in its paragraph or the one before, counted by distinct full names; ""
// when fewer are named.
func (s *scratch) latterFormer(at int, latter bool) string {
	s.buildNames()
	para := s.paraOf(at)
	var last, before string
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at {
			continue
		}
		if r.para < para-1 {
			break
		}
		name := ""
		switch {
		case r.person, r.org && r.b-r.a > 1:
			name = s.runText(r) // people and bodies: "the FAA and the NTSB, the latter …"
		case r.b-r.a == 1 && !r.org:
			name, _ = s.fullName(r.a, s.word(r.a))
		}
		switch {
		case name == "" || name == last:
		case last == "":
			last = name
		default:
			before = name
		}
		if before != "" {
			break
		}
	}
	if latter {
		return last
	}
	return before
}

// bodyName reports whether name holds an organisation word ("Turkish
// Ministry of Foreign Affairs"), so no personal pronoun stands for it.
func bodyName(name string) bool {
	for name != "" {
		i := strings.IndexByte(name, ' ')
		if i < 0 {
			return orgWords.has(name)
		}
		if orgWords.has(name[:i]) {
			return true
		}
		name = name[i+1:]
	}
	return false
}

// titledName reports whether the lone word of run r is a person's name
// because a person's role or title stands right before it ("Turkish
// president Erdoğan", "Chancellor Merkel"): a word the run merely lost
// in stripping ("The" of "The Professionals", "Next" of "The Next
// Generation") is no title, a body's noun ("the company Hasbro") names no
// person, and a word inside a work's title is nobody.
func (s *scratch) titledName(r nameRun) bool {
	head := -1
	switch {
	case r.role > 0:
		head = r.role - 1
	case r.a > 0 && s.lower(r.a-1) && roles.has(s.word(r.a-1)):
		head = r.a - 1
	}
	if head < 0 {
		return false
	}
	h := s.word(head)
	if !titles.has(h) && !rolesLower.has(h) || bodyNouns.has(strings.ToLower(h)) {
		return false
	}
	for j := head + 1; j < r.a; j++ {
		if determiners.has(s.word(j)) {
			return false // "President of The X"
		}
	}
	return !s.workTitle(r.a)
}

// workTitle reports whether the capitalised words around token j belong
// to the title of a work (a film, series, book, season) rather than to a
// person: the run opens after a noun for a work ("filming The
// Professionals", "the sitcom Kim's Convenience", "the final season of
// Suits") or after a colon inside a title ("Star Trek: The Next
// Generation"), or opens with "The" ("The Next Generation"), which no
// person's name does.
func (s *scratch) workTitle(j int) bool {
	k := j
	for k > 0 && s.isWord(k-1) && s.toks[k-1].flags&(fCap|fInQuote) == fCap && !s.opensSentence(k-1) {
		k--
	}
	if w := s.word(k); s.isWord(k) && w == "The" && !s.opensSentence(k) {
		return true
	}
	p := k - 1
	if p < 0 {
		return false
	}
	if s.toks[p].kind == tColon {
		return s.isWord(p-1) && s.toks[p-1].flags&fCap != 0
	}
	if !s.lower(p) {
		return false
	}
	if w := s.word(p); workNouns.has(w) {
		return true
	} else if w == "of" && s.lower(p-1) && workNouns.has(s.word(p-1)) {
		return true
	}
	return false
}

// workNouns name a work whose title follows them ("the film Suits",
// "filming The Professionals", "the second season of Suits").
var workNouns = set(`film films filming movie movies series sitcom show
	season seasons episode episodes album song single novel book play
	musical documentary programme program opera game franchise`)

// orgHolding returns the most recent organisation named in two or more
// words before token at whose name holds the word head ("California
// Department of Corrections and Rehabilitation" for "The Department"),
// or "".
func (s *scratch) orgHolding(at int, head string) string {
	s.buildNames()
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.org || r.person || r.b-r.a < 2 {
			continue
		}
		for j := r.a; j < r.b; j++ {
			if s.word(j) != head {
				continue
			}
			if a := r.a - 2; s.capsAnd(r.a-1) && s.toks[a].flags&fInQuote == 0 {
				for a > 0 && s.isWord(a-1) && s.toks[a-1].flags&fCap != 0 && !functionCaps.has(s.word(a-1)) && !determiners.has(s.word(a-1)) && !possessive(s.word(a-1)) {
					a--
				}
				// "the Securities and Exchange Commission": the run began
				// after "and", the name before it.
				return s.text[s.toks[a].start:s.toks[r.b-1].end]
			}
			return s.runText(r)
		}
	}
	return ""
}

// introNoun reports whether token j, a lower-case word right before a
// name, can be the role or occupation the article introduces the name
// with ("archbishop Jorge Scheinig", "toymaker Hasbro"): a listed role
// or occupation, or a content word that is no function word, adverb,
// verb form or cue.
func (s *scratch) introNoun(j int) bool {
	if !s.lower(j) {
		return false
	}
	w := s.word(j)
	if roles.has(w) || occupationNouns.has(w) {
		return true
	}
	if len(w) < 4 || functions.has(w) || prepositions.has(w) || determiners.has(w) || adverbs.has(w) || particles.has(w) || isCue(w) || genericMods.has(w) {
		return false
	}
	for _, suf := range [...]string{"ed", "ing", "ly", "s"} {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(w, "ss") {
			return false
		}
	}
	return true
}

// introduced reports whether a name before token at was introduced with
// the role word head ("archbishop Jorge Scheinig" before "the
// archbishop"), so that a role the lists do not know still has a holder.
func (s *scratch) introduced(at int, head string) bool {
	for i := range s.names {
		r := s.names[i]
		if r.b > at {
			break
		}
		if r.role > 0 && strings.EqualFold(s.word(r.role-1), head) {
			return true
		}
	}
	return false
}

// possessor returns the person named by the possessive ending the
// subject [a, b) when the noun after it (token b) names a thing, not a
// person or body: "Actor Brendan Fraser's appearance" gives "Brendan
// Fraser", a lone surname its full name; "" otherwise ("Trump's lawyer",
// "the company's plan").
func (s *scratch) possessor(a, b int) string {
	last := s.word(b - 1)
	if !possessive(last) || !s.lower(b) {
		return ""
	}
	if w := s.word(b); roles.has(w) || occupationNouns.has(w) || kin.has(w) || kinGender[w] != unknownGender || bodyNouns.has(w) {
		return ""
	}
	bare := strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
	na := s.nameStart(a, b-1)
	for na > a && na < b-1 && s.toks[na].flags&fCap == 0 {
		na++
	}
	if s.toks[b-1].flags&fCap == 0 || nonPerson.has(bare) || isAcronym(bare) || orgWords.has(bare) {
		return ""
	}
	if na >= b-1 {
		full, _ := s.fullName(b-1, bare)
		return full
	}
	if s.anyNonPerson(na, b-1) {
		return ""
	}
	return s.text[s.toks[na].start:s.toks[b-2].end] + " " + bare
}

// timesNamed counts the person runs before token at that read name.
func (s *scratch) timesNamed(name string, at int) int {
	n := 0
	for _, r := range s.names {
		if r.b > at {
			break
		}
		if r.person && s.runText(r) == name {
			n++
		}
	}
	return n
}

// personWord reports whether word w may stand in a person's name or role:
// it marks no body, firm, thing, place, month or day.
func personWord(w string) bool {
	return !(nonPerson.has(w) || orgWords.has(w) || bodyNameWords.has(w) || firmSuffix.has(w) || thingHeads.has(w) || places.has(w) || placeTails.has(w) || firmHeads.has(w) || months.has(w) || days.has(w))
}

// personal reports whether name, found for a he or she of gender g, can be
// a person at all: no word of it marks a body, a firm, a thing, a day or a
// month ("Mahanagar Telephone Nigam", "the March"), it is no people's
// adjective ("Iraqi"), and the article never writes it after "the" or
// after "in", as it writes bodies and places ("The Mahanagar Telephone
// Nigam mobilised", "in Hong Kong"). Only he and she are checked: "it"
// and "they" stand for bodies.
func (s *scratch) personal(name string, g gender) bool {
	if g == unknownGender || name == "" || givenName(name) {
		return true // a given name: "Bill Frenzel", "the Exchequer Nigel Lawson"
	}
	for w := range strings.FieldsSeq(name) {
		if !personWord(w) {
			return false
		}
	}
	if sp := strings.IndexByte(name, ' '); sp > 0 && !particles.has(strings.ToLower(name[:sp])) && name[:sp] != "He" && name[:sp] != "She" && s.usedLower(name[:sp]) {
		// (The surnames He and She are written in lower case as pronouns.)
		return false // "Plant Vogtle", "Blocking Canadian": a common noun or verb leads the run
	}
	if !strings.Contains(name, " ") && demonym(name) && !s.usedBare(name) {
		return false
	}
	if first, rest, ok := strings.Cut(name, " "); ok && !strings.Contains(rest, " ") && (regionWords.has(first) && demonym(rest) || s.gerundOpening(first, name)) {
		return false // "Central American producers", "Blocking Canadian gas": no one's name
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 && s.usedBare(name[i+1:]) {
		return true // "the Exchequer Nigel Lawson … Lawson said": a surname
	}
	return !s.writtenAfter(name)
}

// adjectiveRun reports whether the two capitalised words of name are a
// region's people adjective ("Central American"): no person.
func adjectiveRun(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && !strings.Contains(rest, " ") && regionWords.has(first) && demonym(rest)
}

// gerundOpening reports whether first, the first word of name, is a
// gerund that opens the sentence where the article first writes name
// ("Blocking Canadian gas imports would not serve"): a verb, no given
// name ("Tak-Sing Wong", "Sterling Hayden" open no sentence that way).
func (s *scratch) gerundOpening(first, name string) bool {
	if len(first) < 7 || !strings.HasSuffix(first, "ing") || strings.ContainsRune(first, '-') {
		return false
	}
	i := strings.Index(s.text, name)
	return i == 0 || i > 0 && s.text[i-1] == '\n' || i > 1 && s.text[i-2:i] == ". "
}

// regionWords open a people's adjective of a region ("South African",
// "Central American"), which no person's name is.
var regionWords = set(`North South East West Central Latin Northern Southern Eastern Western`)

// bodyLeads are the words before which writtenAfter finds a body's or a
// place's name: "the Mahanagar Telephone Nigam", "in Hong Kong".
var bodyLeads = [...]string{"the ", "The ", " in ", " at "}

// writtenAfter reports whether the article writes name right after one of
// bodyLeads, not as a possessive or the start of a longer name: "in Hong
// Kong," but not "in Baker's plan" or "the Reagan administration". It
// reads each place the text writes name once, for all the leads, and
// takes, for each lead, the places a left-to-right search for lead+name
// would find: none that overlaps the last one it found.
func (s *scratch) writtenAfter(name string) bool {
	var next [len(bodyLeads)]int // per lead, where its next find may start
	for p := 0; ; p++ {
		k := strings.Index(s.text[p:], name)
		if k < 0 {
			return false
		}
		p += k
		e := p + len(name)
		for li, pre := range bodyLeads {
			if p-len(pre) < next[li] || s.text[p-len(pre):p] != pre {
				continue
			}
			if s.endsName(e) {
				return true
			}
			next[li] = e
		}
	}
}

// endsName reports whether the name that ends at byte e of the text ends
// there: the text ends, a mark follows, or a verb in -ed ("the Mahanagar
// Telephone Nigam mobilised").
func (s *scratch) endsName(e int) bool {
	if e >= len(s.text) {
		return true
	}
	c := s.text[e]
	if c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == ')' {
		return true
	}
	if c == ' ' && e+1 < len(s.text) && s.text[e+1] >= 'a' && s.text[e+1] <= 'z' {
		v := s.text[e+1:]
		if sp := strings.IndexAny(v, " ,.;"); sp > 0 {
			v = v[:sp]
		}
		if strings.HasSuffix(v, "ed") && len(v) > 3 {
			return true
		}
	}
	return false
}

// usedBare reports whether w stands alone as a capitalised subject
// somewhere, a surname rather than a people's adjective: "Gaviria said".
func (s *scratch) usedBare(w string) bool {
	return strings.Contains(s.text, w+" said") || strings.Contains(s.text, w+" told")
}

// givenName reports whether a word of name is a common given name, which
// makes it a person's whatever else it holds.
func givenName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if maleNames.has(w) || femaleNames.has(w) {
			return true
		}
	}
	return false
}

// initialsOpen reports whether the capitalised run from token j opens
// with initials before a name, "R. P. Goenka" or "J. Smith": a lone
// letter and its full stop, then another initial or a capitalised word
// that is itself no initial's stop.
func (s *scratch) initialsOpen(j int) bool {
	n := j + 2
	return s.initialDot(j+1) && s.isWord(n) && s.toks[n].flags&(fCap|fInQuote) == fCap && (len(s.word(n)) == 1 && s.initialDot(n+1) || len(s.word(n)) > 1 && (n+1 == len(s.toks) || s.toks[n+1].kind != tStop))
}

// paraLead reports whether the paragraph that ends at the break token p is
// a single sentence, as wire copy's lead paragraphs are ("Saudi Arabia's
// Oil Minister Hisham Nazer said …." then "He told al-Riyadh newspaper,
// “…”"): its subject is the one the next paragraph's he or she goes on
// about. Longer paragraphs change topic too often to carry a pronoun.
func (s *scratch) paraLead(p int) bool {
	end := p - 1
	if end < 1 || s.toks[end].kind != tStop {
		return false
	}
	for j := end - 1; j >= 0; j-- {
		switch t := s.toks[j]; {
		case t.kind == tPara:
			return true
		case t.kind == tStop && s.sentEnd(j):
			return false
		}
	}
	return true
}

// capAfterThe returns k, or k+1 when the word at k is "the", when the token
// there is a capitalised word outside a quotation ("of the House of
// Commons"); -1 otherwise.
func (s *scratch) capAfterThe(k int) int {
	if s.isWord(k) && s.word(k) == "the" {
		k++
	}
	if !s.isWord(k) || s.toks[k].flags&(fCap|fInQuote) != fCap {
		return -1
	}
	return k
}

// sentenceStart returns the first token of the sentence that ends at the
// stop token end: the token after the previous paragraph break or
// sentence end.
func (s *scratch) sentenceStart(end int) int {
	lo := end - 1
	for lo >= 0 {
		t := s.toks[lo]
		if t.kind == tPara || t.kind == tStop && s.sentEnd(lo) {
			break
		}
		lo--
	}
	return lo + 1
}

// sentenceLinks are the capitalised linking words that open a sentence
// carrying on the one before ("But he said", "However, she added").
var sentenceLinks = set(`But And However Yet Still Also`)

// lowerCompound reports whether the capitalised word w is a compound
// ending in a past participle or another adjective after a hyphen
// ("Chinese-made", "Paris-based", "Oil-dependent"), an adjective that no person's name holds; the
// lower-case second syllable of a given name ("Dae-ho") is none.
func lowerCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || w[i+1] < 'a' || w[i+1] > 'z' {
		return false
	}
	tail := w[i+1:]
	if pastParticiple(tail) {
		return true
	}
	// "Oil-dependent Qatar", "Export-oriented Taiwan": an adjective's
	// ending on a tail longer than a given name's syllable ("Dae-jung").
	if len(tail) < 6 {
		return false
	}
	for _, suf := range [...]string{"ent", "ant", "ing", "ive", "ous", "ful", "less", "able", "ible"} {
		if strings.HasSuffix(tail, suf) {
			return true
		}
	}
	return false
}

// capParticles are capitalised particles that join a given name to a
// surname ("Koos Ten Have", "Pik Du Plessis", "Hans Van Mierlo").
var capParticles = set(`Du Da De Van Von Ten Ter Le La Al El Bin Abu`)

// capParticle reports whether token k is a capitalised particle between a
// given name and a capitalised surname: the word before it is a
// capitalised name word (not a title, determiner or sentence opener), so
// "Ten" in "Ten Have said" at a sentence's start is left alone.
func (s *scratch) capParticle(k int) bool {
	if k <= 0 || !s.isWord(k) || !capParticles.has(s.word(k)) || s.toks[k].flags&fInQuote != 0 {
		return false
	}
	if !s.isWord(k+1) || s.toks[k+1].flags&(fCap|fInQuote) != fCap || capParticles.has(s.word(k+1)) {
		return false
	}
	p := k - 1
	if !s.isWord(p) || s.toks[p].flags&(fCap|fInQuote) != fCap {
		return false
	}
	w := s.word(p)
	return !titles.has(w) && !functionCaps.has(w) && !determiners.has(w) && !pronouns.has(w) && !notNames.has(w) &&
		!rolesLower.has(w) && !nonPerson.has(w) && !orgWords.has(w) && !possessive(w) && !isAcronym(w)
}

// joinedInitials reports whether token k is the full stop after initials
// written together ("J.S" "." in "J.S. Simon"), other than a place's
// dotted abbreviation ("U.S.").
func (s *scratch) joinedInitials(k int) bool {
	if k <= 0 || k >= len(s.toks) || s.toks[k].kind != tStop || s.text[s.toks[k].start] != '.' || !s.isWord(k-1) || s.toks[k-1].end != s.toks[k].start {
		return false
	}
	w := s.word(k - 1)
	return len(w) >= 3 && len(w) <= 5 && dottedCaps(w) && !abbrevs.has(w) && !placeInitials.has(w)
}

// placeInitials are dotted abbreviations of places and bodies, never a
// person's initials.
var placeInitials = set(`U.S U.K U.N E.U E.C U.A.E U.S.S.R N.Y D.C L.A`)

// bodyAndTail reports whether the capitalised words from token j close a
// body's name joined by "and" ("Office of Management and Budget James
// Miller"): the name after them then starts where afterPlace says.
func (s *scratch) bodyAndTail(j int) bool {
	p := j - 1
	return p >= 2 && s.isWord(p) && s.word(p) == "and" && s.isWord(p-1) && s.toks[p-1].flags&(fCap|fInQuote) == fCap &&
		s.isWord(p-2) && (s.word(p-2) == "of" || s.toks[p-2].flags&fCap != 0)
}

// generational are the words that may close a person's name after the
// surname ("Charles E. Exley Jr"), so that a later bare surname still
// finds the full name.
var generational = set(`Jr Jr. Sr Sr. II III IV`)

// clipped reports whether w is a capitalised word by which news calls a
// body in a role's modifier ("the Fed chairman" after "Federal Reserve
// Board Chairman Paul Volcker", "The Treasury Secretary"): it may stand in
// a role phrase, and it agrees with a word of the earlier role phrase it
// begins.
func clipped(w string) bool {
	return clippedNames.has(w)
}

// clippedNames are the words clipped reports on.
var clippedNames = set(`Fed Treasury Pentagon`)

// afterWhether reports whether the name at token a opens a clause set
// after "whether" (an "only" or "the" between): the subject of an
// indirect question ("did not say whether only OPEC or other producers
// were behind"), which is what a source spoke of, never the source.
func (s *scratch) afterWhether(a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		switch w := s.word(k); {
		case !s.lower(k):
			return false
		case w == "whether":
			return true
		case w != "only" && w != "the":
			return false
		}
	}
	return false
}
