package quote

import "strings"

// appositiveSubject widens a speaker found right before its verb to the
// person an appositive role phrase describes, when wire copy leaves out
// the phrase's closing comma: "H.P. Smith, analyst at Smith Barney, Harris
// Upham and Co said", "Stephen Jerritts, president and chief operating
// officer said". The speaker is the name before the phrase's comma, the
// phrase its role. The name must open the clause (a sentence's start or
// just after the quote it speaks), the phrase must hold a person's role
// word among its first four tokens, and nothing in it may be a verb or a
// clause mark; the hit is returned unchanged otherwise.
func (s *scratch) appositiveSubject(c cueHit) cueHit {
	if c.sb > c.sa && c.sa >= 2 && c.sb < c.cs {
		if c2, ok := s.titledAppositive(c); ok {
			return c2
		}
	}
	// "Roland Machold, director of the Division of Investment for the
	// state of New Jersey, said": the phrase's closing comma kept.
	if c.sb+1 == c.cs && c.sb > c.sa && s.toks[c.sb].kind == tComma && s.lower(c.sa) && roles.has(s.word(c.sa)) {
		c2 := c
		c2.cs = c.sb // read as if the verb followed the role at once
		if c2 = s.appositiveSubject(c2); c2.sa != c.sa {
			c2.cs = c.cs
			return c2
		}
		return c
	}
	if c.sb != c.cs && !s.bracketAcronym(c.sb, c.cs) || c.sb <= c.sa || c.sa < 2 {
		return c
	}
	for comma := c.sb - 1; comma >= c.sa-14 && comma > 0; comma-- {
		switch t := s.toks[comma]; {
		case t.kind == tParen, s.letterDot(comma), s.pluralApostrophe(comma), t.kind == tWord && t.flags&fInQuote == 0 && !isCue(s.word(comma)) && !clauseWords.has(s.word(comma)):
			continue
		case t.kind != tComma:
			return c // a stop, a quote, a verb: no appositive
		}
		// The name ending at this comma, if any, is the speaker.
		a := comma
		for a > 0 && (s.isWord(a-1) && s.toks[a-1].flags&(fCap|fInQuote) == fCap && !determiners.has(s.word(a-1)) && !functionCaps.has(s.word(a-1)) || s.letterDot(a-1) || s.letterDot(a) && s.isWord(a-1)) {
			a--
		}
		if a == comma || !s.opensSentence(a) && s.toks[a-1].kind != tClose {
			continue
		}
		if words := comma - a; words < 2 && !s.personElsewhere(a) || words > 5 || s.orgWordIn(a, comma) {
			continue
		}
		for j := comma + 1; j < comma+5 && j < c.sb; j++ {
			// A capitalised role ("Bumpei Otsuki, President of the Japan
			// Federation of Employers' Associations told") as well.
			if w := strings.ToLower(s.word(j)); s.isWord(j) && roles.has(w) && !bodyNouns.has(w) && !documents.has(w) {
				c.ra, c.rb = comma+1, c.sb
				c.sa, c.sb = a, comma
				return c
			}
		}
		return c
	}
	return c
}

// clauseWords open a clause inside a subject ("who", "which") or join
// verbs, which an appositive role phrase never holds.
var clauseWords = set(`who whom which that whose when where while after before
	is are was were has have had will would said says told`)

// orgWordIn reports whether a word in [a, b) marks an organisation
// ("Council", "Ministry") or a firm ("Corp"), so that the run is no
// person's name.
func (s *scratch) orgWordIn(a, b int) bool {
	for j := a; j < b; j++ {
		if w := s.word(j); orgWords.has(w) || firmSuffix.has(w) {
			return true
		}
	}
	return false
}

// letterDot reports whether token j is a full stop set right after a
// one-letter capital or a dotted abbreviation ("H.P." in "H.P. Smith",
// "S.A.Y."): an initial or an abbreviation's last letter, not a
// sentence's end.
func (s *scratch) letterDot(j int) bool {
	if j < 1 || s.toks[j].kind != tStop || s.toks[j].end-s.toks[j].start != 1 || s.text[s.toks[j].start] != '.' {
		return false
	}
	p := s.toks[j-1]
	return p.kind == tWord && p.end == s.toks[j].start && p.flags&fCap != 0 && (p.end-p.start == 1 || dottedCaps(s.word(j-1)))
}

// titledAppositive finds the person a capitalised title stands after,
// set off by commas, when the title was taken as the speaker of a cue
// further on: "said George Bland, Assistant Professor of Political
// Science at North Texas State University, adding, “…”". A title is
// no one's name; the person before its comma is the speaker. The name
// must be two to four capitalised words right after a cue or at a
// sentence's start, and the title must open with a role word within its
// first three words.
func (s *scratch) titledAppositive(c cueHit) (cueHit, bool) {
	comma := c.sa - 1
	if s.toks[comma].kind != tComma || s.toks[c.sa].flags&fCap == 0 {
		return c, false
	}
	role := false
	for j := c.sa; j < c.sa+3 && j < c.sb; j++ {
		if !s.isWord(j) || s.toks[j].flags&fCap == 0 {
			break
		}
		if rolesLower.has(s.word(j)) {
			role = true
			break
		}
	}
	if !role {
		return c, false
	}
	a := comma
	for a > 0 && s.isWord(a-1) && s.toks[a-1].flags&(fCap|fInQuote) == fCap && !determiners.has(s.word(a-1)) && !functionCaps.has(s.word(a-1)) {
		a--
	}
	if words := comma - a; words < 2 || words > 4 || s.orgWordIn(a, comma) {
		return c, false
	}
	if !s.opensSentence(a) && !(s.lower(a-1) && isCue(s.word(a-1))) {
		return c, false
	}
	c.ra, c.rb = c.sa, c.sb
	c.sa, c.sb = a, comma
	return c, true
}

// partyTag moves a speaker taken as a lawmaker's party-and-state tag to
// the lawmaker it follows: "Rep. Joe Barton, R-Texas, said", "Sen. David
// Pryor (D-Ark.) said". The tag ("R-Texas", "D-Tenn.", "I-Vt") is no
// one's name; the two to four capitalised words before its comma or
// bracket are. The hit is returned unchanged otherwise.
func (s *scratch) partyTag(c cueHit) cueHit {
	if c.sb <= c.sa || !partyWord(s.word(c.sa)) {
		return c
	}
	j := c.sa + 1
	for j < c.sb && (s.toks[j].kind == tStop || s.toks[j].kind == tParen) {
		j++ // "D-Tenn." and its bracket
	}
	if j != c.sb {
		return c
	}
	comma := c.sa - 1
	for comma > 0 && s.toks[comma].kind == tParen {
		comma--
	}
	if comma < 1 || comma == c.sa-1 && s.toks[comma].kind != tComma {
		return c
	}
	if s.toks[comma].kind != tComma && s.toks[comma].kind != tWord {
		return c
	}
	end := comma
	if s.toks[comma].kind == tWord {
		end = comma + 1 // "Pryor (D-Ark.)": no comma before the bracket
	}
	a := end
	for a > 0 && (s.isWord(a-1) && s.toks[a-1].flags&(fCap|fInQuote) == fCap && !determiners.has(s.word(a-1)) && !functionCaps.has(s.word(a-1)) || s.letterDot(a-1) || s.letterDot(a) && s.isWord(a-1)) {
		a--
	}
	for a < end && !s.isWord(a) {
		a++
	}
	if words := end - a; words < 1 || words > 5 || s.orgWordIn(a, end) {
		return c
	}
	c.sa, c.sb = a, end
	return c
}

// partyWord reports whether w is a party-and-state tag: one capital of
// a U.S. party (R, D, I), a hyphen and a capitalised state or its
// abbreviation.
func partyWord(w string) bool {
	if len(w) < 4 || w[1] != '-' || w[0] != 'R' && w[0] != 'D' && w[0] != 'I' {
		return false
	}
	return w[2] >= 'A' && w[2] <= 'Z'
}

// pluralApostrophe reports whether token j is the apostrophe of a plural
// possessive set right after its word ("Employers' Associations"), part
// of a name rather than a quotation mark.
func (s *scratch) pluralApostrophe(j int) bool {
	t := s.toks[j]
	if t.end-t.start != 1 || s.text[t.start] != '\'' || !s.isWord(j-1) || s.toks[j-1].end != t.start || !s.isWord(j+1) {
		return false
	}
	w := s.word(j - 1)
	return w[len(w)-1] == 's' && s.toks[j-1].flags&fCap != 0
}

// bracketAcronym reports whether tokens [a, b) are an acronym in brackets
// ("(PCGG)"), which may stand between a body's name and its verb.
func (s *scratch) bracketAcronym(a, b int) bool {
	return b-a == 3 && s.toks[a].kind == tParen && s.isWord(a+1) && isAcronym(s.word(a+1)) && s.toks[a+2].kind == tParen
}
