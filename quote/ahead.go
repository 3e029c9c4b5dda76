package quote

import "strings"

// namedNext returns the person an indefinite role phrase [a, b) ("an
// outside consultant told them the drug “appears …”") stands for when the
// next sentence opens by naming the holder of that role: "The consultant,
// Ohio State University Professor of Medicine Carl Leier, said". News
// often brings a speaker in by role and names him a sentence later; the
// name is taken only when the definite role, a comma and a person's full
// name, closed by a comma, open that sentence. "" otherwise.
func (s *scratch) namedNext(a, b int) string {
	for k := a - 1; k >= 0 && k >= a-3 && s.isWord(k) && (s.lower(k) || determiners.has(s.word(k))) && !determiners.has(s.word(a)); k-- {
		a = k // the span may leave out the article and adjectives: "an outside consultant"
	}
	if b-a < 2 {
		return ""
	}
	if w := s.word(a); w != "a" && w != "an" && w != "A" && w != "An" {
		return ""
	}
	head := s.word(b - 1)
	if !s.lower(b-1) || !roles.has(head) || bodyNouns.has(head) || strings.HasSuffix(head, "s") {
		return ""
	}
	t0 := -1
	for j := b; j < len(s.toks) && j < b+120 && t0 < 0; j++ {
		switch t := s.toks[j]; t.kind {
		case tOpen:
			if c := s.quotes[t.q].closeTok; c > j {
				j = c
			}
		case tPara:
			t0 = j + 1
		case tStop:
			if s.sentEnd(j) {
				t0 = j + 1
			}
		}
	}
	for t0 >= 0 && t0 < len(s.toks) && (s.toks[t0].kind == tClose || s.toks[t0].kind == tPara || s.toks[t0].kind == tOther) {
		t0++
	}
	if t0 < 0 || t0+3 >= len(s.toks) || s.word(t0) != "The" || s.word(t0+1) != head || s.toks[t0+2].kind != tComma {
		return ""
	}
	// The holder's name closes the apposition: the last capitalised
	// words before its comma, from a common given name on ("Carl
	// Leier" after "Professor of Medicine").
	e := t0 + 3
	for e < len(s.toks) && e < t0+16 && (s.toks[e].kind == tWord || s.initialDot(e)) {
		e++
	}
	if e >= len(s.toks) || s.toks[e].kind != tComma {
		return ""
	}
	n := e
	for n > t0+3 && (s.toks[n-1].flags&fCap != 0 || s.initialDot(n-1)) && !orgWords.has(s.word(n-1)) && !titles.has(s.word(n-1)) {
		n--
	}
	if n > t0+3 {
		// Something else opens the apposition ("Professor of
		// Medicine Carl Leier"): the name starts at a given name.
		for n < e-1 && !maleNames.has(s.word(n)) && !femaleNames.has(s.word(n)) {
			n++
		}
	}
	if e-n < 2 || e-n > 4 {
		return ""
	}
	return s.text[s.toks[n].start:s.toks[e-1].end]
}
