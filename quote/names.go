package quote

import "strings"

// nameRun is a run of capitalised words outside quotations, with its
// leading titles, acronyms and sentence-opening words stripped.
type nameRun struct {
	a, b   int  // tokens
	para   int  // paragraph index
	person bool // two or more words, none marking an organisation, place or date
	subj   bool // not after a preposition or determiner, and followed by a lower-case word or comma
}

// nameStart returns the first token of the name at the end of the speaker
// span [a, b): the trailing capitalised words that are not titles,
// determiners, pronouns or sentence-opening words. It returns b when the
// span ends in no name ("the Taliban’s acting foreign minister").
func (s *scratch) nameStart(a, b int) int {
	j := b
	for j > a {
		k := j - 1
		w := s.word(k)
		if s.toks[k].flags&fCap == 0 || titles[w] || determiners[w] || pronouns[w] || functionCaps[w] {
			break
		}
		if j == b && possessive(w) {
			break
		}
		if isAcronym(w) && j < b { // "EU" in "EU Nabila"? only trailing acronyms are names
			break
		}
		j = k
	}
	return j
}

// named reports whether the speaker span [a, b) is a name, possibly with
// titles and roles before it, rather than a role phrase: it ends in a name
// and, if it opens with a determiner, has no lower-case word ("The Alachua
// Sheriff's Office" is a name, "the Speaker of the House" a role).
func (s *scratch) named(a, b int) bool {
	if s.nameStart(a, b) == b {
		return false
	}
	if determiners[s.word(a)] {
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
		k := j
		for k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].flags&(fCap|fInQuote) == fCap {
			k++
			if possessive(s.word(k - 1)) {
				break
			}
		}
		s.addRun(start, k, para)
		j = k
	}
}

// addRun records the run [a, b) once stripped.
func (s *scratch) addRun(a, b, para int) {
	orig := a
	if possessive(s.word(b - 1)) {
		return
	}
	if a = s.nameStart(a, b); a == b {
		return
	}
	r := nameRun{a: a, b: b, para: para, person: b-a >= 2}
	for j := a; j < b && r.person; j++ {
		if w := s.word(j); nonPerson[w] || isAcronym(w) || possessive(w) {
			r.person = false
		}
	}
	before := orig - 1
	r.subj = true
	if s.isWord(before) {
		if w := s.word(before); prepositions[w] || determiners[w] || possessive(w) {
			r.subj = false
		}
	}
	if b < len(s.toks) {
		if n := s.toks[b]; !(n.kind == tComma || n.kind == tWord && n.flags&fCap == 0) {
			r.subj = false
		}
	} else {
		r.subj = false
	}
	s.names = append(s.names, r)
}

// lastWord returns the last word of run r.
func (s *scratch) runText(r nameRun) string {
	return s.text[s.toks[r.a].start:s.toks[r.b-1].end]
}

// resolveSurname returns the most recent full person name before token at
// whose last word is w, or w itself when there is none.
func (s *scratch) resolveSurname(at int, w string) string {
	s.buildNames()
	if full, ok := s.fullName(at, w); ok {
		return full
	}
	return w
}

// fullName returns the most recent person run ending before token at whose
// last word is w.
func (s *scratch) fullName(at int, w string) (string, bool) {
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.person {
			continue
		}
		if s.word(r.b-1) == w {
			return s.runText(r), true
		}
	}
	return "", false
}

// resolvePronoun returns the name a personal pronoun at token at refers to:
// the most recent person named, as an earlier quote's speaker or as a
// subject, before it in its paragraph or the two before; "" when none.
func (s *scratch) resolvePronoun(at int, prev []Found) string {
	s.buildNames()
	para := s.paraOf(at)
	pos := int(s.toks[at].start)
	best, bestPos := "", -1
	for i := len(prev) - 1; i >= 0; i-- {
		p := &prev[i]
		if p.SpeakerStart < 0 || p.SpeakerStart >= pos || p.Name == "" || p.SpeakerKind == RoleSpeaker {
			continue
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
		if r.person {
			return s.runText(r)
		}
		if r.b-r.a == 1 {
			if full, ok := s.fullName(r.a, s.word(r.a)); ok {
				return full
			}
		}
	}
	return best
}

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
