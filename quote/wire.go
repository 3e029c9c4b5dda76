package quote

import "strings"

// wireTail is the attribution grammar of wire copy, tried when the usual
// walk back from a cue after a quotation finds no speaker: after the
// quotation's closing comma, the words [lo, j) up to the cue at token j
// are the speaker phrase. A name that opens it is the speaker when a
// comma-delimited appositive of any length follows it ("Allen Wallis,
// undersecretary of state for economic affairs, told", "James Kinnear,
// Texaco's president and chief executive officer, told"), the appositive
// being its role, or when "of" and a firm's name, with Reuters' <…>
// brackets, dotted initials and "and Co", fill the rest ("Stuart McKibbin
// of <A.C. Goode and Co> told"). A lone "one" or "another" is one of a
// group of people, named just before ("“…?” one said") or not, who
// speaks. An empty hit otherwise.
func (s *scratch) wireTail(lo, j int) cueHit {
	if lo < j && s.toks[lo].kind == tComma {
		lo++ // the comma set outside the marks: “…”, X said
	}
	if w := s.word(lo); j-lo == 1 && s.lower(lo) && (w == "one" || w == "another") {
		// "“…,” one said": one of a group, named or not ("Western
		// diplomatic sources were more blunt. “…,” one said").
		return cueHit{ok: true, cs: j, ce: j + 1, sa: lo, sb: j, ra: lo, rb: lo}
	}
	if j-lo < 3 || j-lo > 30 || !s.isWord(lo) || s.toks[lo].flags&fCap == 0 {
		return cueHit{}
	}
	if w := s.word(lo); functionCaps.has(w) || pronouns.has(w) || notNames.has(w) || determiners.has(w) || titles.has(w) {
		return cueHit{}
	}
	n := lo
	for n < j && (s.isWord(n) && s.toks[n].flags&fCap != 0 || s.initialDot(n) || s.nameDot(n)) {
		n++
	}
	if n >= j || s.anyNonPerson(lo, n) || firmSuffix.has(s.word(n-1)) || possessive(s.word(n-1)) {
		return cueHit{}
	}
	for k := lo; k < n; k++ {
		if s.isWord(k) && (rolesLower.has(s.word(k)) || orgWords.has(s.word(k))) {
			return cueHit{} // "Texaco Spokesman", "Exxon Corp": no person's name
		}
	}
	c := cueHit{ok: true, cs: j, ce: j + 1, sa: lo, sb: n, ra: lo, rb: lo}
	switch t := s.toks[n]; {
	case t.kind == tComma:
		// A name, then an appositive closed by a comma right before the
		// cue: the appositive is the name's role.
		if s.toks[j-1].kind != tComma || j-1 <= n+1 || !s.wirePhrase(n+1, j-1, false) {
			return cueHit{}
		}
		c.ra, c.rb = n+1, j-1
		return c
	case t.kind == tWord && s.lower(n) && linkers.has(s.word(n)):
		// A name "of" a firm that runs to the cue.
		if !s.wirePhrase(n+1, j, true) {
			return cueHit{}
		}
		return c
	}
	return cueHit{}
}

// wirePhrase reports whether the tokens [a, b) can be an appositive
// (body false) or a firm's name (body true) inside a wire attribution:
// words, Reuters' <…> brackets, ampersands, apostrophes, parentheses and
// the full stops of initials and abbreviations, with no cue word and no
// sentence end; a firm's name must hold a capitalised word, and an
// appositive must not open with a pronoun or a verb of its own.
func (s *scratch) wirePhrase(a, b int, body bool) bool {
	if b <= a {
		return false
	}
	caps := false
	for k := a; k < b; k++ {
		t := s.toks[k]
		switch t.kind {
		case tWord:
			w := s.word(k)
			if t.flags&fCap != 0 {
				caps = true
				continue
			}
			if isCue(w) || pronouns.has(w) && w != "its" {
				return false
			}
		case tOther, tParen:
			// "<", ">", "&", "(", ")"
		case tStop:
			if s.sentEnd(k) && !s.initialDot(k) && !s.nameDot(k) && !s.inAngles(k, a) {
				return false
			}
		case tComma:
			if body {
				return false
			}
		default:
			return false
		}
	}
	return caps || !body
}

// inAngles reports whether token k lies inside a Reuters <…> bracket that
// opens at or after token a: "<A.C. Goode and Co>" holds full stops that
// end no sentence.
func (s *scratch) inAngles(k, a int) bool {
	for j := k - 1; j >= a; j-- {
		if s.toks[j].kind == tOther {
			switch s.text[s.toks[j].start] {
			case '<':
				return true
			case '>':
				return false
			}
		}
	}
	return false
}

// numberWords are capitalised number words and "Another", which open a
// role noun phrase opening its sentence ("One banker said", "Two dealers
// said"); the phrase is kept whole as the role speaker.
var numberWords = set(`One Another Two Three Four Five Six Seven Eight Nine Ten`)

// bracketed reports whether token j lies between Reuters' angle brackets,
// which wire copy sets around a firm's name ("<A.C. Goode and Co>"), both
// within eight tokens of it.
func (s *scratch) bracketed(j int) bool {
	open := false
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		if t := s.toks[k]; t.kind == tOther && s.text[t.start] == '<' {
			open = true
			break
		} else if t.kind != tWord && t.kind != tStop && t.kind != tOther || t.kind == tOther && s.text[t.start] == '>' {
			return false
		}
	}
	if !open {
		return false
	}
	for k := j + 1; k < len(s.toks) && k <= j+8; k++ {
		if t := s.toks[k]; t.kind == tOther && s.text[t.start] == '>' {
			return true
		} else if t.kind != tWord && t.kind != tStop && t.kind != tOther || t.kind == tOther && s.text[t.start] == '<' {
			return false
		}
	}
	return false
}

// kindWords map a noun by which wire copy goes on to call a body it has
// named ("the newspaper", "the agency", "the bank") to the words one of
// the body's names holds when it is of that kind.
var kindWords = map[string]*lexSet{
	"newspaper": pressWords,
	"paper":     pressWords,
	"daily":     pressWords,
	"agency":    set(`Agency Tass TASS Xinhua Kyodo Reuters Interfax Anadolu AFP AP Yonhap Bernama Antara Itar-Tass Moody Poor Fitch Duff Phelps`),
	"bank":      set(`Bank Bundesbank Banque Banca Banco Bancorp`),
	"union":     set(`Union Workers Teamsters Federation Brotherhood`),
	"group":     set(`Association Group Council Federation Coalition Alliance`),
}

// publicBodies are the nouns by which news calls a public body it has
// just named, with an adjective: "the federal agency", "the state
// institute".
var publicBodies = set(`agency ministry department office bureau institute commission`)

// modifiedBody returns the head noun of a speaker span [a, b) that is a
// definite body noun of a known kind with one or two lower-case
// modifiers ("the trade group", "the Dutch company" is not: a capital
// may be a name), or "" for any other span.
func (s *scratch) modifiedBody(a, b int) string {
	if b-a < 3 || b-a > 4 || s.word(a) != "the" && s.word(a) != "The" {
		return ""
	}
	for j := a + 1; j < b; j++ {
		if !s.lower(j) || functions.has(s.word(j)) || determiners.has(s.word(j)) || roles.has(s.word(j)) && j < b-1 {
			return ""
		}
	}
	if w := s.word(b - 1); companyNouns.has(w) || kindWords[w] != nil || publicBodies.has(w) {
		return w
	}
	return ""
}

// bodySaid returns the body a definite public-body noun at token at
// ("the federal agency", "the institute") stands for when no name holds
// the noun: the latest name before it, in its paragraph or the two
// before, that is the subject of a speech verb right after it and names
// no person ("…, IPECODE said. ¶ …, the institute said"). A news report calls a statistics office or an institute by its
// kind once its own name has been given as a source. "" when there is
// none.
func (s *scratch) bodySaid(at int) string {
	names := s.namesNear(at)
	for i := len(names) - 1; i >= 0; i-- {
		r := names[i]
		v := r.b
		if s.isWord(v) && s.word(v) == "also" {
			v++ // "Statistics Canada also reported"
		}
		if !s.isWord(v) || !s.lower(v) || s.toks[v].flags&fInQuote != 0 {
			continue
		}
		if k, ok := cues.kind(s.word(v)); !ok || k == cueAccording || k == cueGerund || k == cuePut {
			continue
		}
		if r.person && !s.bodyByPronoun(r.b, at) || s.titledName(r) || places.has(s.word(r.a)) || r.role > 0 || demonym(s.word(r.a)) || len(s.word(r.a)) < 2 ||
			r.b-r.a == 1 && (s.personElsewhere(r.a) || s.surnameSoFar(s.word(r.a))) {
			continue // "Smith said", "Canada said": a person or a country
		}
		return s.runText(r)
	}
	return ""
}

// pressWords are words of a newspaper's name.
var pressWords = set(`Post Times Journal Herald Tribune Gazette Telegraph Guardian
	Observer Chronicle Daily News Shimbun Pravda Izvestia Star Mail Express
	Independent Monde Zeitung Handelsblatt Nikkei Figaro Courier Courant
	Inquirer Globe Sun Examiner Standard Mirror Bulletin Press Allgemeine`)

// kindFirm returns the body a definite noun of a kind at token at ("the
// newspaper") stands for: the latest name before it, anywhere earlier in
// the article, holding a word of that kind ("The Washington Post"); ""
// when there is none.
func (s *scratch) kindFirm(at int, kind *lexSet) string {
	s.buildNames()
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at {
			continue
		}
		for k := r.a; k < r.b; k++ {
			if s.isWord(k) && kind.has(strings.TrimSuffix(strings.TrimSuffix(s.word(k), "'s"), "’s")) {
				return s.runText(r)
			}
		}
	}
	return ""
}

// prevCueSpeaker returns the speaker phrase of a speech verb that closes
// the sentence before the one holding token at ("…, the spokesman
// added.", "…, the sources said."), the sentence being taken to start at
// the quotation that at follows, if any: "“…,” he said". An empty range
// when that sentence ends in no such cue.
func (s *scratch) prevCueSpeaker(at int) (int, int) {
	lo, end := s.sentBefore(at)
	if end <= lo {
		return at, at
	}
	for j := end - 1; j > lo && j >= end-4; j-- {
		if !s.lower(j) || s.toks[j].flags&fInQuote != 0 {
			continue
		}
		k, ok := cues.kind(s.word(j))
		if !ok || k == cueAccording || k == cueGerund || k == cuePut || j-1 <= lo || s.toks[j-1].kind != tWord {
			continue
		}
		a := s.npBack(j, lo)
		if a == j {
			a = s.memberRole(j, lo) // "a spokesman for one of Spain's major sunflower oil producers said"
		}
		if a < j && (determiners.has(s.word(a)) || s.word(a) == "one" || peoplePlural(s.word(j-1))) && a-1 >= lo && (s.toks[a-1].kind == tComma || s.toks[a-1].kind == tClose) {
			// Set off after the reported clause, or after the quotation
			// that was that clause: "“…,” the official said."
			return a, j
		}
		return at, at
	}
	return at, at
}

// memberRole returns the start of a role phrase "ROLE for one of GROUP"
// ending at token end (exclusive) whose group runs over more modifiers
// than npBack reads ("a spokesman for one of Spain's major sunflower oil
// producers"): wire copy names an unnamed source by the firm or body he
// speaks for, one of a kind. The role must be a determiner's role noun;
// end when there is no such phrase.
func (s *scratch) memberRole(end, lo int) int {
	for k := end - 1; k > lo+3 && k >= end-8; k-- {
		if !s.isWord(k) || s.toks[k].flags&fInQuote != 0 {
			return end
		}
		if s.word(k) != "of" || s.word(k-1) != "one" || !linkers.has(s.word(k-2)) || !s.lower(k-3) || !roles.has(s.word(k-3)) {
			continue
		}
		if k+1 >= end-1 {
			return end
		}
		if a := s.npBack(k-2, lo); a < k-2 && determiners.has(s.word(a)) {
			return a
		}
		return end
	}
	return end
}

// prevCueRole is the he or she that nothing else resolves whose sentence
// follows one ending in an unnamed person's attribution ("…, the
// spokesman added. “…,” he said"): that person role, or "".
func (s *scratch) prevCueRole(at int) string {
	a, b := s.prevCueSpeaker(at)
	if b <= a {
		if o := s.bareQuoteBefore(at); o > 0 {
			// "“…,” a senior banker said. “…” ¶ “…,” he added": the
			// attribution closes the sentence before a quotation
			// that is a sentence of its own.
			a, b = s.prevCueSpeaker(o)
		}
	}
	if b <= a {
		return ""
	}
	return s.cueRole(a, b, pronounGender(s.word(at)))
}

// prevCueBody is the "it" that nothing else resolves whose sentence
// follows one ending in a body's attribution ("…, the EC's Executive
// Commission said in a report. ¶ In its bluntest warning, it said “…”"):
// the body's name, without its article or an owner before it, when the
// phrase ends in a capitalised organisation word; "" otherwise.
func (s *scratch) prevCueBody(at int) string {
	a, b := s.prevCueSpeaker(at)
	if b <= a || !orgWords.has(s.word(b-1)) || s.toks[b-1].flags&fCap == 0 {
		return ""
	}
	for k := a; k < b-1; k++ {
		if determiners.has(s.word(k)) || possessive(s.word(k)) {
			a = k + 1 // "the EC's Executive Commission"
		}
	}
	return s.text[s.toks[a].start:s.toks[b-1].end]
}

// prevCueGroup is the "they" that nothing else resolves whose sentence
// follows one ending in a group's attribution ("…, the sources said.
// “…,” they added"): the group's noun phrase without its article, or "".
func (s *scratch) prevCueGroup(at int) string {
	a, b := s.prevCueSpeaker(at)
	if b <= a || !peoplePlural(s.word(b-1)) {
		return ""
	}
	if determiners.has(s.word(a)) {
		a++
	}
	return s.text[s.toks[a].start:s.toks[b-1].end]
}

// oneOfGroup is a lone "one" or "another" speaking ("“…?” one said")
// after sentences about a group: a member of the group whose attribution
// closes the sentence before ("…, dealers said"), or else of the group
// pluralGroup finds, when a plural people noun heads it; its noun made
// singular ("Some bankers believe … “…,” one said"
// gives "banker"); "" when no group is named.
func (s *scratch) oneOfGroup(at int) string {
	g := s.prevCueGroup(at)
	if g == "" {
		g = s.subjectGroup(at)
	}
	if g == "" {
		g = s.pluralGroup(at)
	}
	if g == "" {
		g = s.someDoers(at)
	}
	if i := strings.LastIndexByte(g, ' '); g == "" || !peoplePlural(strings.ToLower(g[i+1:])) && !strings.HasPrefix(g, "some ") {
		return "" // "A.G. Edwards and Thomson McKinnon": firms, no people
	}
	g = strings.TrimPrefix(g, "some ")
	if one, ok := strings.CutSuffix(g, "s"); ok && !strings.HasSuffix(one, "s") {
		return one
	}
	return g
}

// someDoers returns the plural doer's noun that a quantifier opens in the
// sentence before the one holding token at, with "some " before it
// ("MITI's pressure has annoyed some makers, who …. “…,” said one" gives
// "some makers"): the group a lone "one" is drawn from when no lexicon
// lists its noun; "" when there is none.
func (s *scratch) someDoers(at int) string {
	lo, end := s.sentBefore(at)
	for k := lo; k+1 < end; k++ {
		if w := s.word(k); !s.lower(k) || w != "some" && w != "several" && w != "many" && w != "other" {
			continue
		}
		n := s.word(k + 1)
		if !s.lower(k+1) || s.toks[k+1].flags&fInQuote != 0 || len(n) < 6 || !strings.HasSuffix(n, "s") || !agentive(n[:len(n)-1]) {
			continue
		}
		return "some " + n
	}
	return ""
}

// firmQuoted returns the firm an "it" at token at stands for when it is
// the named speaker of a quote just before, in its paragraph or the one
// before, and the article also names it in full with a firm's ending
// ("Dome Petroleum Ltd … “…,” Dome said. “…,” it said"); "" otherwise.
func (s *scratch) firmQuoted(at int, prev []Found) string {
	if len(prev) == 0 {
		return ""
	}
	p := &prev[len(prev)-1]
	if p.SpeakerKind != NameSpeaker || p.Name == "" || strings.Contains(p.Name, " ") || p.SpeakerStart >= int(s.toks[at].start) || s.paraAt(p.SpeakerStart) < s.paraOf(at)-1 {
		return ""
	}
	for j := range s.toks {
		if !s.isWord(j) || s.word(j) != p.Name {
			continue
		}
		for k := j + 1; k < len(s.toks) && k <= j+4 && s.isWord(k) && s.toks[k].flags&fCap != 0; k++ {
			if firmSuffix.has(strings.TrimSuffix(strings.TrimSuffix(s.word(k), "'s"), "’s")) {
				return p.Name
			}
		}
	}
	return ""
}

// sentBefore returns the sentence before the one holding token at, the
// latter taken to start at the quotation that at follows, if any ("“…,”
// he said"): its first token and its closing full stop, or an empty range
// when it ends otherwise.
func (s *scratch) sentBefore(at int) (lo, end int) {
	start := at
	if at > 0 && s.toks[at-1].kind == tClose {
		start = s.quotes[s.toks[at-1].q].openTok
	}
	start = s.sentStart(start)
	end = start - 1
	if end > 0 && s.toks[end].kind == tPara {
		end--
	}
	if end <= 0 || s.toks[end].kind != tStop {
		return at, at
	}
	return s.sentStart(end), end
}

// bareQuoteBefore returns the opening mark of the quotation that is the
// whole sentence before the one holding token at (the sentence taken to
// start at the quotation at follows, as sentBefore takes it), or -1 when
// that sentence is not one quotation.
func (s *scratch) bareQuoteBefore(at int) int {
	start := at
	if at > 0 && s.toks[at-1].kind == tClose {
		start = s.quotes[s.toks[at-1].q].openTok
	}
	end := s.sentStart(start) - 1
	if end > 0 && s.toks[end].kind == tPara {
		end--
	}
	if end <= 0 || s.toks[end].kind != tClose {
		return -1
	}
	if o := s.quotes[s.toks[end].q].openTok; o > 0 && s.sentStart(o) == o {
		return o
	}
	return -1
}

// subjectGroup returns the plural people noun phrase that is the subject
// of the sentence before the one holding token at ("Underwriters away
// from the syndicate said …. “…,” one said"), without its article, or "".
func (s *scratch) subjectGroup(at int) string {
	lo, end := s.sentBefore(at)
	if end <= lo {
		return ""
	}
	if lo+1 < end && sentenceOpeners.has(s.word(lo)) {
		lo++ // "But the sources said …"
	}
	a, b := s.subject(lo, end)
	if s.word(lo) == "They" && s.isWord(lo+1) && s.lower(lo+1) && b <= lo+1 {
		// "Western economic experts say …. ¶ They say …. ¶ “…,” one
		// said": "they" carries the group of the sentence before.
		if l2, e2 := s.sentBefore(lo); e2 > l2 && s.paraOf(l2) >= s.paraOf(lo)-1 {
			if l2+1 < e2 && sentenceOpeners.has(s.word(l2)) {
				l2++
			}
			if a, b = s.subject(l2, e2); b <= a || !peoplePlural(strings.ToLower(s.word(b-1))) {
				for k := l2; k < e2 && k < l2+4 && s.isWord(k) && !functions.has(s.word(k)); k++ {
					if peoplePlural(strings.ToLower(s.word(k))) {
						a, b = l2, k+1 // "Western economic experts say"
						break
					}
				}
			}
		}
	}
	if b <= a || b-a == 1 && s.word(a) == "they" {
		a, b = s.clauseGroup(lo, end, a, b)
	}
	if b > a && b+1 < end && s.toks[b-1].flags&fCap != 0 && !peoplePlural(strings.ToLower(s.word(b-1))) && s.lower(b) && s.lower(b+1) && peoplePlural(s.word(b+1)) {
		// "Western diplomatic sources were more blunt": a capitalised
		// adjective, one lower-case modifier and the group's noun.
		if w := s.word(b); !isCue(w) && !functions.has(w) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
			b += 2
		}
	}
	if b <= a || s.toks[a].flags&fInQuote != 0 || !peoplePlural(strings.ToLower(s.word(b-1))) {
		return ""
	}
	for a < b-1 && (determiners.has(s.word(a)) || quantifiers.has(s.word(a)) || groupOpeners.has(strings.ToLower(s.word(a)))) {
		a++ // "Some dealers", "Other arbitrageurs": the group's noun
	}
	return s.text[s.toks[a].start:s.toks[b-1].end]
}

// clauseGroup returns the subject of a subordinate clause opening the
// sentence [lo, end) when the main clause after its comma has "they" for
// subject ("Although traders were unwilling …, they said"): the group
// "they" stands for. a, b are returned unchanged otherwise.
func (s *scratch) clauseGroup(lo, end, a, b int) (int, int) {
	if !s.isWord(lo) || !subordinators.has(strings.ToLower(s.word(lo))) {
		return a, b
	}
	for c := lo + 2; c+1 < end; c++ {
		if s.toks[c].kind != tComma {
			continue
		}
		if !s.lower(c+1) || s.word(c+1) != "they" {
			return a, b
		}
		if a2, b2 := s.subject(lo+1, c); b2 > a2 {
			return a2, b2
		}
		return a, b
	}
	return a, b
}

// groupOpeners are words before a plural people noun that are no part of
// the group's name: "Other arbitrageurs", "Few analysts".
var groupOpeners = set(`other few some many several most`)

// itChain is the last resort for an "it" more than a paragraph from the
// body it stands for: "But the OECD backed …. ¶ …, it said. ¶ On the
// other hand, the report noted, …. ¶ “…,” it said". The nearest
// organisation named as a subject before token at, outside quotations,
// is taken when every paragraph since attributes to "it" or to "the
// report" and no person is named as a subject between; "" otherwise.
func (s *scratch) itChain(at int) string {
	s.buildNames()
	para := s.paraOf(at)
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.subj || s.toks[r.a].flags&fInQuote != 0 {
			continue
		}
		if r.para < para-5 || r.person {
			return ""
		}
		if !r.org {
			continue // a place or a word that opens a sentence
		}
		k := r.a
		if k > 0 && s.isWord(k-1) && strings.EqualFold(s.word(k-1), "the") {
			k--
		}
		if k > 0 && s.isWord(k-1) && sentenceOpeners.has(s.word(k-1)) {
			k-- // "But the OECD backed"
		}
		if !s.opensSentence(k) || !s.lower(r.b) || roles.has(s.word(r.b)) || peoplePlural(s.word(r.b)) {
			continue // an object in a list, or a modifier ("Government officials")
		}
		if !s.itCues(r.b, at, r.para, para) {
			return ""
		}
		return s.runText(r)
	}
	return ""
}

// itCues reports whether each paragraph after paragraph lo and before
// paragraph hi holds, between tokens a and b, "it" or "the report" right
// before a speech verb outside quotations.
func (s *scratch) itCues(a, b, lo, hi int) bool {
	var seen [5]bool
	for j := a; j+1 < b; j++ {
		if !s.isWord(j) || s.toks[j].flags&fInQuote != 0 || !s.lower(j+1) || !isCue(s.word(j+1)) {
			continue
		}
		if w := s.word(j); w == "it" || w == "It" || researchDocs.has(w) && j > 0 && strings.EqualFold(s.word(j-1), "the") {
			if p := s.paraOf(j) - lo - 1; p >= 0 && p < len(seen) {
				seen[p] = true
			}
		}
	}
	for p := 0; p < hi-lo-1; p++ {
		if p >= len(seen) || !seen[p] {
			return false
		}
	}
	return true
}
