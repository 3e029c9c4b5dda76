package quote

// firmTailSpeaker passes a speaker that is only the tail of a firm's
// partnership name ("… of Sanford C. Bernstein and Co said", "Jeffrey
// Miller, of Miller Tabak Hirsch and Co said") back to the person named
// before the firm's "of": wire copy writes "NAME of FIRM said" with no
// comma, and "Co" after "and" is the firm's last word, never a person.
// The name must be two to four capitalised words right before "of" (or
// its comma), none a firm's or body's word; the hit is returned unchanged
// otherwise.
func (s *scratch) firmTailSpeaker(c cueHit) cueHit {
	if c.sb-c.sa != 1 || c.sa < 4 || s.word(c.sa-1) != "and" || !firmSuffix.has(s.word(c.sa)) {
		return c
	}
	of := c.sa - 2
	for ; of > 0 && of > c.sa-9; of-- {
		if s.isWord(of) && s.word(of) == "of" {
			break
		}
		if !(s.isWord(of) && s.toks[of].flags&(fCap|fInQuote) == fCap || s.letterDot(of)) {
			return c // a verb, a clause mark: no "NAME of FIRM"
		}
	}
	if !s.isWord(of) || s.word(of) != "of" {
		return c
	}
	end := of
	if end > 0 && s.toks[end-1].kind == tComma {
		end--
	}
	a := end
	for a > 0 && (s.isWord(a-1) && s.toks[a-1].flags&(fCap|fInQuote) == fCap && !determiners.has(s.word(a-1)) && !functionCaps.has(s.word(a-1)) || s.letterDot(a-1) || s.letterDot(a) && s.isWord(a-1)) {
		a--
	}
	if n := end - a; n < 2 || n > 4 || s.orgWordIn(a, end) {
		return c
	}
	c.sa, c.sb = a, end
	return c
}
