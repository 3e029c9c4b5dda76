package quote

import "strings"

// introHeads are the role nouns wire copy brings in once with the body
// the person speaks for ("a spokesman for Goldman Sachs", "a Cathay
// spokesman") and goes on with bare ("the spokesman said").
var introHeads = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true}

// spokesIntro resolves a bare definite role [a, b) ("the spokesman") to
// the phrase that brought the role in with the body the person speaks
// for, within the three paragraphs before: the noun and the capitalised
// name after "for" or "at" ("spokesman for Goldman Sachs and Co Inc"),
// or the capitalised modifiers and the noun ("Cathay spokesman"). The
// person stays unnamed, so the name is the role with its body, as for
// "the statement" of "a Treasury spokesman". Only the nearest earlier
// mention of the noun counts, and "" is returned when it names no body
// or names the person ("spokesman John Doe", left to resolveRole).
func (s *scratch) spokesIntro(a, b int) string {
	if b-a != 2 || s.word(a) != "the" && s.word(a) != "The" || !s.lower(a+1) {
		return ""
	}
	head := s.word(a + 1)
	if !introHeads[head] {
		return ""
	}
	para := s.paraOf(a)
	j := a - 1
	for ; j >= 0; j-- {
		if s.toks[j].kind == tPara && s.paraOf(j) < para-3 {
			return ""
		}
		if s.isWord(j) && s.toks[j].flags&fInQuote == 0 && strings.EqualFold(s.word(j), head) {
			break
		}
	}
	if j < 0 || s.isWord(j+1) && !s.lower(j+1) {
		return "" // none, or "spokesman John Doe": a person, named
	}
	if w := s.word(j + 1); s.isWord(j+1) && (w == "for" || w == "at") {
		k := j + 2
		if s.word(k) == "the" && s.isWord(k+1) && !s.lower(k+1) {
			k++
		}
		e := k
		for e < len(s.toks) && s.isWord(e) && (!s.lower(e) || s.word(e) == "and" && !s.lower(e+1) || s.word(e) == "of" && !s.lower(e+1)) {
			e++
		}
		if e == k {
			return ""
		}
		return s.text[s.toks[j].start:s.toks[e-1].end]
	}
	m := j
	for m > 0 && s.isWord(m-1) && !s.lower(m-1) && !s.opensSentence(m-1) {
		m--
	}
	if m == j || !s.isWord(m-1) || !determiners.has(s.word(m-1)) {
		return "" // "Treasury spokesman said" opening a sentence, or no determiner
	}
	if orgWords.has(s.word(m)) && m == j-1 {
		return "" // "A Department spokesman": which department, unsaid
	}
	return s.text[s.toks[m].start:s.toks[j].end]
}
