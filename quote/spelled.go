package quote

import "strings"

// spelledOut returns the name an acronym speaker stands for when the
// article spells it out: "GM also said" after "General Motors Corp said"
// gives "General Motors", the fullest name the article uses. The spelled
// name is a run of capitalised words (lower-case "of", "and", "for", "on"
// allowed inside) whose initials are the acronym's letters, not run on
// from a capitalised word before it; a firm's ending after it is left
// out. "" when the article has none, or has two different ones.
func (s *scratch) spelledOut(acr string) string {
	if !isAcronym(acr) || len(acr) > 6 {
		return ""
	}
	found := ""
	for j := 0; j < len(s.toks); j++ {
		if !s.isWord(j) || s.toks[j].flags&(fCap|fInQuote) != fCap || s.word(j)[0] != acr[0] || isAcronym(s.word(j)) {
			continue
		}
		if p := j - 1; s.isWord(p) && s.toks[p].flags&fCap != 0 && !determiners.has(s.word(p)) && !s.opensSentence(j) {
			continue // inside a longer name
		}
		n, k := 0, j
		for k < len(s.toks) && s.isWord(k) && n < len(acr) {
			w := s.word(k)
			if s.lower(k) {
				if n == 0 || !joiners.has(w) {
					break
				}
				k++
				continue
			}
			if w[0] != acr[n] || isAcronym(w) || possessive(w) {
				break
			}
			n++
			k++
		}
		if n != len(acr) || s.lower(k-1) {
			continue
		}
		if s.isWord(k) && s.toks[k].flags&fCap != 0 && !firmSuffix.has(s.word(k)) && !s.opensSentence(k) {
			continue // the run goes on: not this name
		}
		name := s.text[s.toks[j].start:s.toks[k-1].end]
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	if strings.IndexByte(found, ' ') < 0 {
		return ""
	}
	return found
}
