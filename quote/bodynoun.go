package quote

import "strings"

// groupHeads are the nouns by which a report goes on to call a body it
// has named with a name before the noun ("the IMF team", "the Koether
// group", "the APEA council"): the name in front says which body it is.
var groupHeads = set(`group team council committee panel delegation mission board commission`)

// headedBody returns the name in a speaker span [a, b) of the shape "the
// NAME head", head one of groupHeads and NAME one to three capitalised
// words ("the APEA council" → APEA): the capitalised modifier names the
// body the noun stands for. "" for any other span.
func (s *scratch) headedBody(a, b int) string {
	if b-a < 3 || b-a > 5 || s.word(a) != "the" && s.word(a) != "The" || !s.lower(b-1) || !groupHeads.has(strings.TrimSuffix(strings.TrimSuffix(s.word(b-1), "'s"), "’s")) {
		return ""
	}
	for j := a + 1; j < b-1; j++ {
		w := s.word(j)
		if !s.isWord(j) || s.toks[j].flags&fCap == 0 || s.toks[j].flags&fInQuote != 0 || possessive(w) || determiners.has(w) || functions.has(strings.ToLower(w)) || demonym(w) || places.has(w) {
			return ""
		}
	}
	return s.text[s.toks[a+1].start:s.toks[b-2].end]
}

// earlierHeaded returns, for a bare "the head" at token at (head one of
// groupHeads), the name of the latest "the NAME head" before it, in its
// paragraph or the two before ("The Koether group's letter …, the group
// said" → Koether): the report names the body once with its noun, then
// keeps the noun. "" when there is none.
func (s *scratch) earlierHeaded(at int, head string) string {
	para := s.paraOf(at)
	for j := at - 1; j > 0; j-- {
		if s.paraOf(j) < para-2 {
			return ""
		}
		if !s.isWord(j) || s.toks[j].flags&fInQuote != 0 {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(s.word(j), "'s"), "’s")
		if w != head || !s.lower(j) {
			continue
		}
		a := j - 1
		for a > 0 && j-a <= 3 && s.isWord(a) && s.toks[a].flags&fCap != 0 && s.word(a) != "The" {
			a--
		}
		if a == j-1 || !s.isWord(a) || s.word(a) != "the" && s.word(a) != "The" {
			continue
		}
		if name := s.headedBody(a, j+1); name != "" {
			return name
		}
	}
	return ""
}

// saidKinds map a noun by which wire copy calls a body that spoke before
// to the words that end such a body's name. Unlike kindWords, the body
// must have been a source ("The New York Stock Exchange said …. The
// exchange said"), since a report names other bodies of the same kind
// in passing ("the Securities and Exchange Commission").
var saidKinds = map[string]*lexSet{
	"exchange": set(`Exchange Bourse Boerse Borsa Bolsa`),
}

// kindSaid returns the latest name before token at, in its paragraph or
// the two before, that ends in one of the words of kind and is the
// subject of a speech verb ("The New York Stock Exchange said"); "" when
// there is none.
func (s *scratch) kindSaid(at int, kind *lexSet) string {
	names := s.namesNear(at)
	for i := len(names) - 1; i >= 0; i-- {
		r := names[i]
		if !kind.has(s.word(r.b - 1)) {
			continue
		}
		v := r.b
		if s.isWord(v) && s.toks[v].kind == tOther {
			v++ // "<New York Stock Exchange> said"
		}
		if !s.isWord(v) && v < len(s.toks) && s.toks[v].kind == tOther {
			v++
		}
		if s.isWord(v) && s.word(v) == "also" {
			v++
		}
		if !s.lower(v) || s.toks[v].flags&fInQuote != 0 {
			continue
		}
		if k, ok := cues.kind(s.word(v)); ok && k != cueAccording && k != cueGerund && k != cuePut {
			return s.runText(r)
		}
	}
	return ""
}

// sameNounSpeaker returns the name an earlier quotation of the article
// gave the same definite speaker phrase ("The exchange"), compared
// without regard to the capital of its article: a report keeps calling
// one body by one noun. "" when no earlier quotation has that phrase with
// a name.
func sameNounSpeaker(speaker string, prev []Found) string {
	_, rest, ok := strings.Cut(speaker, " ")
	if !ok {
		return ""
	}
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if p.Name == "" || len(p.Speaker) != len(speaker) || p.Speaker[1:] != speaker[1:] || !strings.HasSuffix(p.Speaker, rest) {
			continue
		}
		return p.Name
	}
	return ""
}

// bodyByPronoun reports whether a name of a person's shape ending at token
// b may be a body that a public-body noun at token at stands for
// ("Statistics Canada said …. ¶ …, the federal agency said"): the text
// between calls nobody he or she.
func (s *scratch) bodyByPronoun(b, at int) bool {
	for j := b; j < at; j++ {
		if !s.isWord(j) {
			continue
		}
		switch s.word(j) {
		case "he", "He", "she", "She", "his", "His", "her", "Her", "him":
			return false
		}
	}
	return true
}

// pairSaid returns, for a "they" at token at, the two people named as the
// joined subject of a speech verb in its paragraph or the one before
// and reported as "they" there ("Stephen Walsh and John Cirigliano said
// they were pleased …. “…,” they said"): the pronoun goes on with the
// plural subject that already took it.
// "" when there is none.
func (s *scratch) pairSaid(at int) string {
	s.buildNames()
	para := s.paraOf(at)
	for i := len(s.names) - 1; i > 0; i-- {
		r, l := s.names[i], s.names[i-1]
		if r.b > at || s.toks[r.b-1].flags&fInQuote != 0 {
			continue
		}
		if r.para < para-1 {
			return ""
		}
		// (The second name may have lost a first word to nameStart:
		// "Helge Ole Bergesen" runs from "Ole".)
		second := r.a
		if l.b+2 == r.a && s.isWord(l.b+1) && s.toks[l.b+1].flags&fCap != 0 {
			second = l.b + 1
		}
		if !r.person || !l.person || l.b+1 != second || s.word(l.b) != "and" || !s.lower(r.b) {
			continue
		}
		if k, ok := cues.kind(s.word(r.b)); ok && k != cueAccording && k != cueGerund && k != cuePut && (s.word(r.b+1) == "they" || sayVerbs.has(s.word(r.b)) && r.para == para && s.noNameBetween(i+1, at)) {
			// "… said they"; or the pair's paragraph goes on to the
			// quote with no one else named: "Norwegian academics Arild
			// Moe and Helge Ole Bergesen said that …. “…,” they said".
			return s.runText(l) + " and " + s.text[s.toks[second].start:s.toks[r.b-1].end]
		}
	}
	return ""
}

// letterFirm returns the latest firm before token at, in its paragraph or
// the two before, that the report names by its initials written as
// words as a subject ("S and P cautioned …. “…,” the rating
// agency said" → S and P): two capital letters joined by "and" are too
// short for the name finder, yet wire copy uses them for one body.
// "" when there is none.
func (s *scratch) letterFirm(at int) string {
	para := s.paraOf(at)
	for j := at - 3; j >= 0; j-- {
		if s.paraOf(j) < para-2 {
			return ""
		}
		if s.toks[j].flags&fInQuote != 0 || !s.capLetter(j) || s.word(j+1) != "and" || !s.capLetter(j+2) || j+3 >= at || !s.lower(j+3) || j > 0 && s.isWord(j-1) && s.toks[j-1].flags&fCap != 0 {
			continue
		}
		return s.text[s.toks[j].start:s.toks[j+2].end]
	}
	return ""
}

// capLetter reports whether token j is a lone capital letter word.
func (s *scratch) capLetter(j int) bool {
	w := s.word(j)
	return s.isWord(j) && len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// sayVerbs report speech outright, so that a pair's "said" in one
// sentence carries over to a "they said" in the next; "wrote to the
// board" reports an act.
var sayVerbs = set(`said say says told`)

// noNameBetween reports whether none of the name runs from index i on
// that end by token at, outside quotations, is a person's name or a
// subject ("the Soviet fuel industries" holds a name that is neither).
func (s *scratch) noNameBetween(i, at int) bool {
	for ; i < len(s.names) && s.names[i].b <= at; i++ {
		if r := s.names[i]; s.toks[r.a].flags&fInQuote == 0 && (r.subj || r.person) {
			return false
		}
	}
	return true
}
