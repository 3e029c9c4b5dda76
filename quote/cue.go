package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentEnd reports whether the stop token j ends a sentence: it is followed
// by a paragraph break, a quotation, a capitalised word or a number, and a
// lone period does not close an abbreviation or an initial.
func (s *scratch) sentEnd(j int) bool {
	t := s.toks[j]
	if s.text[t.start] == '.' && t.end-t.start == 1 && j > 0 && s.toks[j-1].kind == tWord && s.toks[j-1].end == t.start {
		w := s.word(j - 1)
		if abbrevs.has(w) || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' || w == "No" && s.isNumber(j+1) {
			return false // "Mr.", "J.", "Act No. 3846"
		}
		if s.initials(j) {
			return false // "C.W. Nance, president of …"
		}
	}
	if s.bracketed(j) {
		return false // "<A.C. Goode and Co>": Reuters' brackets hold a firm's name
	}
	k := j + 1
	for k < len(s.toks) && s.toks[k].kind == tOther {
		k++
	}
	if k >= len(s.toks) {
		return true
	}
	switch n := s.toks[k]; n.kind {
	case tPara, tOpen:
		return true
	case tWord:
		r, _ := utf8.DecodeRuneInString(s.text[n.start:])
		return n.flags&fCap != 0 || unicode.IsDigit(r)
	}
	return false
}

// initials reports whether the period at token j closes a pair of
// initials before a surname that goes on with its sentence ("C.W. Nance,
// president of", "J.C. Walter said"), not an abbreviation ending one ("in
// the U.S. Japan said"): the pair follows no determiner, is no place's,
// and the capitalised word after it is followed by a comma or a
// lower-case word.
func (s *scratch) initials(j int) bool {
	w := s.word(j - 1)
	if len(w) != 3 || !dottedCaps(w) || places.has(w) || dottedPlaces.has(w) || j >= 2 && s.isWord(j-2) && determiners.has(s.word(j-2)) {
		return false
	}
	n := j + 1
	if !s.isWord(n) || s.toks[n].flags&fCap == 0 || functionCaps.has(s.word(n)) || determiners.has(s.word(n)) || pronouns.has(s.word(n)) {
		return false
	}
	return n+1 < len(s.toks) && (s.toks[n+1].kind == tComma || s.lower(n+1))
}

// dottedPlaces are dotted abbreviations of places and bodies, which end
// sentences as often as anything: "in the U.S.", "at the U.N.".
var dottedPlaces = set(`U.S U.K U.N E.C D.C N.Y L.A`)

// endsSentence reports whether quote qi's content ends with a full stop,
// question or exclamation mark (nested closing marks aside).
func (s *scratch) endsSentence(qi int) bool {
	q := &s.quotes[qi]
	if q.closeTok < 0 {
		return true
	}
	k := q.closeTok - 1
	for k > q.openTok && s.toks[k].kind == tOther {
		k--
	}
	return k > q.openTok && s.toks[k].kind == tStop
}

// headStart returns the index of the first token of the sentence that quote
// qi's opening mark is in. Earlier quotations in the same sentence are
// stepped over whole.
func (s *scratch) headStart(qi int) int {
	j := s.quotes[qi].openTok - 1
	for j >= 0 {
		t := s.toks[j]
		switch t.kind {
		case tPara, tOpen:
			return j + 1
		case tStop:
			if s.sentEnd(j) {
				return j + 1
			}
		case tClose:
			p := int(t.q)
			if s.endsSentence(p) && j+1 < len(s.toks) {
				n := s.toks[j+1]
				if n.kind == tOpen || n.kind == tWord && n.flags&fCap != 0 {
					return j + 1
				}
			}
			j = s.quotes[p].openTok - 1
			continue
		}
		j--
	}
	return 0
}

// tailEnd returns the index one past the last token of the sentence that
// quote qi's closing mark is in, and whether the words after the mark start
// a new sentence (the content ended with a full stop and a capital follows).
func (s *scratch) tailEnd(qi int) (int, bool) {
	q := &s.quotes[qi]
	if q.closeTok < 0 {
		return -1, false
	}
	lo := q.closeTok + 1
	newSent := false
	if lo < len(s.toks) && s.endsSentence(qi) {
		switch n := s.toks[lo]; {
		case n.kind == tPara || n.kind == tOpen:
			return lo, true
		case n.kind == tWord && n.flags&fCap != 0:
			newSent = true
		}
	}
	for j := lo; j < len(s.toks); j++ {
		switch t := s.toks[j]; t.kind {
		case tPara:
			return j, newSent
		case tStop:
			if s.sentEnd(j) {
				return j, newSent
			}
		case tOpen:
			c := s.quotes[t.q].closeTok
			if c < 0 {
				return j, newSent
			}
			j = c
		}
	}
	return len(s.toks), newSent
}

// headCue finds the cue nearest before quote qi in its sentence (from token
// hs) that has a speaker.
func (s *scratch) headCue(qi, hs int) cueHit {
	q := &s.quotes[qi]
	var fallback cueHit
	for j := q.openTok - 1; j >= hs; j-- {
		t := s.toks[j]
		if t.kind == tClose {
			j = s.quotes[t.q].openTok
			continue
		}
		if t.kind == tDash {
			// "X commented — which the BBC noted as unusual — “…”":
			// an aside between dashes holds no cue of the quote's.
			if o := s.asideOpen(j, hs); o >= 0 {
				j = o
				continue
			}
		}
		if t.kind != tWord {
			continue
		}
		w := s.word(j)
		if t.flags&fCap != 0 {
			// "Said Future Computing analyst Joe Cross, “…”": the wire's
			// inverted "Said" opens the sentence only when a comma sets
			// the quote off right after its speaker; otherwise "Said"
			// is a name.
			said := w == "Said" && s.toks[q.openTok-1].kind == tComma
			if j == hs && w != "According" && (strings.HasSuffix(w, "ed") || said) {
				// "Remarked Center scientist Tierra Curry, “…”": a
				// speech verb opening the sentence, its speaker after.
				if k, ok := cues.kind(strings.ToLower(w)); ok && k == cueVerb {
					e := q.openTok
					if k := s.toks[e-1].kind; k == tComma || k == tColon {
						e--
					}
					if n := s.leadName(j+1, e); said && n > j+1 {
						// "Said David Gluskin, vice-president of X, “…”":
						// the name right after the verb, its role after it.
						return cueHit{ok: true, cs: j, ce: j + 1, sa: j + 1, sb: n, ra: j + 1, rb: j + 1, head: true}
					}
					if a := s.npBack(e, j+1); a < e {
						c := cueHit{ok: true, cs: j, ce: j + 1, sa: a, sb: e, ra: a, rb: a, head: true}
						if n := s.nameStart(a, e); n > a && n < e {
							c.sa, c.ra, c.rb = n, a, n // the role before the name stays its role
						}
						return c
					}
				}
			}
			if j != hs || w != "According" {
				continue
			}
			w = "according"
		}
		k, ok := cues.kind(w)
		if !ok || s.nounCue(j) || s.continuedTo(j) {
			continue
		}
		c := s.speakerFor(j, k, hs, q.openTok, true)
		if !c.ok {
			continue
		}
		if c.weak || k == cueAccording && s.document(c.sa, c.sb) {
			if fallback.ok {
				continue
			}
			// "X decided, according to the summary, “…”": the
			// document is where X's words were read; a speech verb
			// before it names the speaker.
			// A subject taken across other words is weaker than a
			// cue further back with its own speaker.
			fallback = c
			continue
		}
		return c
	}
	return fallback
}

// leadName returns the end of a name of two or more capitalised words
// that opens [a, e) and a comma closes, or a when there is none.
func (s *scratch) leadName(a, e int) int {
	k := a
	for k < e && s.isWord(k) && s.toks[k].flags&fCap != 0 {
		k++
	}
	if k-a < 2 || k >= e || s.toks[k].kind != tComma {
		return a
	}
	return k
}

// nounCue reports whether the cue word at token j is a noun, not a
// verb: right after an article or a possessive ("were more supportive in
// their comments:", "the reports"), it names what was said and no one
// says it.
func (s *scratch) nounCue(j int) bool {
	if j > 0 && s.lower(j-1) && nounMarkers.has(s.word(j-1)) {
		return true
	}
	// "said that the Shultz comments “are consistent …”": a name
	// between the article and the cue, and a quotation opening with
	// the verb the cue word is the subject of.
	if j < 2 || j+2 >= len(s.toks) || !strings.HasSuffix(s.word(j), "s") || s.toks[j-1].flags&fCap == 0 || !s.lower(j-2) || !nounMarkers.has(s.word(j-2)) {
		return false
	}
	return s.toks[j+1].kind == tOpen && s.lower(j+2) && quoteVerbs.has(s.word(j+2))
}

// quoteVerbs are verbs a partial quotation may open with, after its
// subject outside the marks.
var quoteVerbs = set(`are were is was have had`)

// aides are roles held in someone's service, named with "to": "an aide
// to the minister", "an adviser to the president".
var aides = set(`aide aides adviser advisers advisor advisors assistant assistants`)

// nounMarkers make the word after them a noun.
var nounMarkers = set(`the a an its his their our my your`)

// document reports whether the span [a, b) ends in a document noun.
func (s *scratch) document(a, b int) bool {
	return b > a && s.lower(b-1) && documents.has(s.word(b-1))
}

// tailCue finds the first cue after quote qi in its sentence (up to te)
// that has a speaker. When the words after the quote start a new sentence
// only a cue among its first five tokens counts ("….” Smith said.").
func (s *scratch) tailCue(qi, te int, newSent bool) cueHit {
	q := &s.quotes[qi]
	if q.closeTok < 0 {
		return cueHit{}
	}
	lo := q.closeTok + 1
	limit := te
	if newSent && lo+5 < limit {
		limit = lo + 5
	}
	for j := lo; j < limit; j++ {
		t := s.toks[j]
		if t.kind == tOpen {
			if c := s.quotes[t.q].closeTok; c >= 0 {
				j = c
				continue
			}
			break
		}
		if t.kind != tWord || t.flags&fCap != 0 && !s.afterAbbrev(j) {
			continue
		}
		k, ok := cues.kind(strings.ToLower(s.word(j)))
		if !ok || s.nounCue(j) {
			continue
		}
		if c := s.speakerFor(j, k, lo, te, false); c.ok {
			return c
		}
		if k != cueAccording && k != cueGerund && k != cuePut {
			if c := s.wireTail(lo, j); c.ok {
				return c
			}
		}
	}
	return cueHit{}
}

// speakerFor finds the speaker of the cue word at token j of kind k. The
// sentence part searched is [lo, hi); head says it lies before the quote.
func (s *scratch) speakerFor(j int, k cueKind, lo, hi int, head bool) cueHit {
	c := cueHit{cs: j, ce: j + 1, head: head}
	switch k {
	case cueAccording:
		if j+1 >= hi || s.word(j+1) != "to" || !s.isWord(j+1) {
			return cueHit{}
		}
		c.ce = j + 2
		c.sa, c.sb = s.npForward(c.ce, hi)
		if c.sb == c.sa && c.ce+1 < hi && (s.word(c.ce) == "him" || s.word(c.ce) == "her") && !s.isWord(c.ce+1) {
			// "According to him, …": the object pronoun is the source.
			c.sa, c.sb = c.ce, c.ce+1
		}
		c.ra, c.rb = s.appositionAfter(c.sb, hi)
	case cuePut:
		// "as the court put it": the subject of "put it" speaks.
		if j+1 >= hi || !s.isWord(j+1) || s.word(j+1) != "it" {
			return cueHit{}
		}
		c.ce = j + 2
		return s.backSpeaker(c, lo)
	case cueGerund:
		switch {
		case j-1 > lo && s.word(j-1) == "as" && s.isWord(j-1):
			for q := j - 2; q >= lo && q >= j-16; q-- {
				if !s.isWord(q) || s.word(q) != "quoted" {
					continue
				}
				c.cs = q
				if q-1 >= lo && s.isWord(q-1) && passiveAux.has(s.word(q-1)) && !(s.isWord(q+1) && s.word(q+1) == "by") {
					// "Baldrige was quoted as saying": the passive's
					// subject.
					c.cs = q - 1
					return s.backSpeaker(c, lo)
				}
				if s.isWord(q+1) && s.word(q+1) == "by" {
					// "he was quoted by Reuters as saying": the subject.
					return s.backSpeaker(c, lo)
				}
				// "Politico quoted Tim Manning as saying": the object.
				c.sa, c.sb = s.npForward(q+1, j-1)
				if w := s.word(q + 1); c.sb == c.sa && q+2 == j-1 && (w == "him" || w == "her" || w == "them") {
					// "a source quoted them as saying": the object
					// pronoun is the speaker.
					c.sa, c.sb = q+1, q+2
				}
				c.ok = c.sb > c.sa
				return c
			}
			return cueHit{}
		default:
			if k := s.skipAdverbs(j-1, lo); k > lo && s.isWord(k) {
				// "with the latter yesterday confirming": an absolute
				// phrase; the noun after "with" is the participle's
				// subject.
				if a := s.npBack(k+1, lo); a <= k && a-1 >= lo && s.lower(a-1) && s.word(a-1) == "with" {
					c.sa, c.sb = a, k+1
					break
				}
				if a, b := s.withAgent(k+1, lo); b > a {
					// "with Steve Scalise of Louisiana calling …
					// and Ross Spano of Florida calling": each
					// named agent of the absolute phrase speaks.
					c.sa, c.sb = a, b
					break
				}
			}
			if v := j - 2; v-1 >= lo && s.toks[j-1].kind == tComma && s.lower(v) && isCue(s.word(v)) && s.isWord(v-1) {
				// "“…,” it said, adding “…”": the verb's own subject,
				// right before it, whatever opens the sentence.
				if a := s.npBack(v, lo); a < v && (a == lo || s.toks[a-1].kind == tComma || s.toks[a-1].kind == tClose) {
					c.sa, c.sb = a, v
					break
				}
			}
			// ", saying", "explained the decision saying": the
			// participle shares the sentence's subject.
			c.sa, c.sb = s.subject(lo, j)
			c = s.appositiveName(c, j)
		}
	default:
		if j+1 < hi && s.isWord(j+1) && s.word(j+1) == "by" && j-1 >= lo && s.isWord(j-1) && passiveAux.has(s.word(j-1)) {
			// "he was told by Minister X": the agent speaks.
			c.sa, c.sb = s.npForward(j+2, hi)
			break
		}
		if j+2 < hi && s.isWord(j+1) && s.word(j+1) == "by" && strings.HasSuffix(s.word(j), "ed") && s.toks[j+2].flags&fCap != 0 && !(s.isWord(j-1) && s.word(j-1) == "as") {
			// "a pattern described by Marine Bulletin as “…”": a
			// passive participle's named agent, right before the
			// quote or its "as", speaks; "as reported by X" only names
			// a source.
			if a, b := s.npForward(j+2, hi); b > a && (b == hi || s.isWord(b) && s.word(b) == "as" && b+1 == hi) {
				c.sa, c.sb = a, b
				break
			}
		}
		if k2 := s.skipAdverbs(j-1, lo); k2 >= lo && s.isWord(k2) && (s.word(k2) == "and" || s.word(k2) == "but") {
			// "Duda characterised … and wrote", "a judge agreed … but
			// ruled": the sentence's subject, or the name in apposition
			// to it ("One of these groups, the SDF, … and said").
			c.sa, c.sb = s.subject(lo, k2)
			c = s.appositiveName(c, k2)
			break
		}
		if !head && k != cueTold && !s.wordsBetween(lo, j) {
			if c.ce < hi && s.lower(c.ce) && s.word(c.ce) == s.word(j) {
				c.ce++ // "said said Beth Reiners": the wire's doubled verb
			}
			c.sa, c.sb = s.npForward(c.ce, hi)
			if ra, rb, x, y := s.firmRoleName(c.ce, hi); y > x && c.sb < y {
				// "said Wertheim and Co analyst Michael Ellman": the
				// firm's name, with "and" or a bracketed place in it,
				// and the role run on to the person, who speaks.
				c.ra, c.rb, c.sa, c.sb = ra, rb, x, y
				break
			}
			if e := s.roleRunsToName(c.sa, c.sb, hi); e > c.sb {
				// "said study co-author and Research Fellow Martin
				// How": the roles run on to the person's name.
				c.sb = e
				break
			}
			c.ra, c.rb = s.appositionAfter(c.sb, hi)
			if x, y := s.nameAfter(c.sa, c.sb, hi); y > x {
				// "said the company's chief executive, Anna Berg":
				// the name in apposition to the role speaks.
				c.ra, c.rb, c.sa, c.sb = c.sa, c.sb, x, y
			} else if ra, x, y := s.bodyRoleName(c.sa, c.sb, hi); y > x {
				// "said University of California, San Diego's
				// chancellor, Pradeep Khosla": the body's member.
				c.ra, c.rb, c.sa, c.sb = c.sa, ra, x, y
			}
			break
		}
		if b := s.backSpeaker(c, lo); b.ok || !head {
			return b
		}
		// "Richard Ferrand in relaying the news to parliament said":
		// no phrase right before the verb; its subject opens the
		// sentence.
		c.sa, c.sb = s.subject(lo, j)
		if c.sb > c.sa && !s.named(c.sa, c.sb) && !pronouns.has(s.word(c.sa)) {
			return cueHit{}
		}
		c.weak = true
	}
	c.ok = c.sb > c.sa
	return c
}

// withAgent returns the name before a participle cue that ends at token
// end in an absolute phrase opened by "with", perhaps with its place
// after "of", or joined by "and" to an earlier such agent: "with Steve
// Scalise of Louisiana calling", "… and Ross Spano of Florida calling".
// An empty range when there is none.
func (s *scratch) withAgent(end, lo int) (int, int) {
	a, b := s.npBack(end, lo), end
	if a >= b {
		return end, end
	}
	if a-2 >= lo && s.lower(a-1) && s.word(a-1) == "of" && s.toks[a].flags&fCap != 0 {
		if x := s.npBack(a-1, lo); x < a-1 {
			a, b = x, a-1 // the person "of" a place
		}
	}
	if !s.named(a, b) || a-1 < lo || !s.lower(a-1) {
		return end, end
	}
	switch s.word(a - 1) {
	case "with":
		return a, b
	case "and":
		for j := a - 2; j >= lo && j >= a-30; j-- {
			if s.toks[j].kind == tStop && s.sentEnd(j) || s.toks[j].kind == tComma {
				break // the phrase opens after its comma
			}
			if s.lower(j) && s.word(j) == "with" {
				for k := j + 1; k < a-1; k++ {
					if s.lower(k) && strings.HasSuffix(s.word(k), "ing") {
						return a, b // the earlier agent's participle
					}
				}
				break
			}
		}
	}
	return end, end
}

// wordsBetween reports whether any word lies in tokens [a, b).
func (s *scratch) wordsBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if s.toks[j].kind == tWord {
			return true
		}
	}
	return false
}

// subject returns the noun phrase that opens the sentence [lo, hi), after an
// introductory phrase ended by a comma ("In a statement, the ministry…").
func (s *scratch) subject(lo, hi int) (int, int) {
	if a, b := s.quantified(lo, hi); b > a {
		return a, b
	}
	// An opening participle phrase: "Speaking to reporters,", "Born in
	// 1950," (but not "Ahmed of the UN").
	participle := strings.HasSuffix(s.word(lo), "ed") && s.lower(lo+1) && prepositions.has(s.word(lo+1)) && s.word(lo+1) != "of"
	if w := s.word(lo); s.isWord(lo) && (functionCaps.has(w) || strings.HasSuffix(w, "ing") && !s.nameElsewhere(lo) || participle) {
		for j := lo; j < hi; j++ {
			if s.toks[j].kind == tComma {
				lo = j + 1
				break
			}
		}
	}
	if a, b := s.npForward(lo, hi); b > a {
		return a, b
	}
	// "The next day, with protests ongoing, President Trump delivered":
	// introductory phrases that are no noun phrase are passed over, comma
	// by comma, to one followed by its verb.
	for j, n := lo, 0; j < hi && n < 3; j++ {
		if s.toks[j].kind != tComma {
			continue
		}
		n++
		if a, b := s.npForward(j+1, hi); b > a && b < hi && s.lower(b) {
			return a, b
		}
	}
	return lo, lo
}

// nameElsewhere reports whether the word at token j, opening its
// sentence, is written capitalised inside a sentence elsewhere in the
// article: a name ("Boeing released", beside "contacted Boeing"), not an
// opening participle ("Speaking to reporters,").
func (s *scratch) nameElsewhere(j int) bool {
	w := s.word(j)
	for k := range s.toks {
		if k != j && s.toks[k].kind == tWord && s.toks[k].flags&fCap != 0 && s.word(k) == w && !s.opensSentence(k) {
			return true
		}
	}
	return false
}

// appositiveName prefers a name set off by commas after a role subject:
// "The mayor of London, Sadiq Khan, gave …, adding" takes "Sadiq Khan",
// keeping the role. hi bounds the search.
func (s *scratch) appositiveName(c cueHit, hi int) cueHit {
	if c.sb <= c.sa || s.named(c.sa, c.sb) && s.word(c.sa) != "a" && s.word(c.sa) != "an" {
		return c // "a Republican, Mark Amodei," is a role and a name
	}
	k := c.sb
	if s.isWord(k) && s.word(k) == "of" { // "the mayor of London"
		k++
		for k < hi && s.isWord(k) && (s.toks[k].flags&fCap != 0 || determiners.has(s.word(k))) {
			k++
		}
	}
	if k >= hi || s.toks[k].kind != tComma {
		return c
	}
	x, y := s.npForward(k+1, hi)
	if y <= x || !s.named(x, y) || y >= hi || s.toks[y].kind != tComma && s.toks[y].kind != tDash && s.toks[y].kind != tParen {
		return c
	}
	c.ra, c.rb = c.sa, k
	c.sa, c.sb = x, y
	return c
}

// backSpeaker fills c's speaker from the words before its cue, down to lo:
// the noun phrase right before the cue (adverbs such as "also" skipped), or,
// when a comma comes first, the appositive chain before it.
func (s *scratch) backSpeaker(c cueHit, lo int) cueHit {
	k := s.skipAdverbs(c.cs-1, lo)
	if k < lo {
		return cueHit{}
	}
	switch s.toks[k].kind {
	case tWord:
		if w := s.word(k); (w == "who" || w == "which") && k-1 >= lo {
			// "drafted by Alex Greenwich who said", "a statement which
			// read": the noun the relative clause modifies.
			if s.toks[k-1].kind == tComma {
				return s.appositives(c, k-1, lo)
			}
			c.sa, c.sb = s.npBack(k, lo), k
			break
		}
		if m := s.roleToBodyAfterComma(c.cs, lo); m > lo {
			// "Mark Rogers, paper analyst for Prudential Bache said":
			// a role and the body it serves set after the name, the
			// closing comma left out; the name speaks.
			if a := s.appositives(c, m, lo); a.ok && s.named(a.sa, a.sb) {
				a.ra, a.rb = m+1, c.cs
				return a
			}
		}
		c.sa, c.sb = s.npBack(k+1, lo), k+1
		if a, b := s.reducedSubject(lo, c.sa, c.cs); b > a {
			// "A commission set up to unravel the affairs of Air Lanka
			// says": the phrase before the cue closes a participle's
			// phrase after the subject, which speaks.
			c.sa, c.sb = a, b
		} else if a := s.placedRole(lo, c.sa, c.cs); a < c.sa {
			// "an analyst in New York said", "a spokesman for J.P.
			// Morgan and Co Inc said": the name places the unnamed
			// role holder, who speaks.
			c.sa, c.sb = a, c.cs
		} else if a, b := s.firmPerson(c.sa, c.sb, lo); b > a {
			// "Wendy Smith Cork of the brokerage Nesbitt Thomson
			// Bongard Inc said": the firm's person speaks.
			c.sa, c.sb = a, b
		} else if c.sb > c.sa && c.sa-1 > lo && s.lower(c.sa-1) && prepositions.has(s.word(c.sa-1)) {
			// "Jennifer Daskal of American University and contributor
			// to Slate wrote": the phrase is a preposition's object;
			// the sentence's subject speaks.
			if a, b := s.subject(lo, c.cs); b > a && b <= c.sa-1 && (s.named(a, b) || pronouns.has(s.word(a)) || s.lower(b-1) && documents.has(s.word(b-1)) && !s.relativeIn(b, c.cs)) {
				c.sa, c.sb = a, b
			} else if b > a && b < c.sa && s.lowerRole(b-1) && s.closeTo(b, c.sa) {
				// "a source close to the industry said": an unnamed
				// role placed by its link to a body speaks.
				c.sa, c.sb = a, b
			} else if x := s.npBack(c.sa-1, lo); x < c.sa-1 && s.word(c.sa-1) == "to" && s.lower(c.sa-2) && aides.has(s.word(c.sa-2)) {
				// "an aide to Agriculture Secretary Richard Lyng
				// said": the aide speaks, not the one he serves.
				c.sa, c.sb = x, c.sa-1
			}
		} else if p := s.linkBefore(c.sa, lo); c.sb > c.sa && p > lo {
			// "A source within the central Interior Ministry said":
			// the body is the object of a preposition after an
			// unnamed person, who speaks.
			if a, b := s.subject(lo, c.cs); b == p && s.memberOf(a, c.sb) {
				c.sa = a
			}
		} else if a, b := s.nameOfBody(c.sa-1, lo); b > a && s.named(c.sa, c.sb) {
			// "Jo Anne Val Tilburg of the University of California, Los
			// Angeles disagreed": the words before the cue finish the
			// body's name; the person before the body speaks.
			c.sa, c.sb = a, b
		} else if c.sb > c.sa && c.sa-1 > lo && s.toks[c.sa-1].kind == tComma && (!s.named(c.sa, c.sb) || s.roleOfBody(c.sa, c.sb)) {
			// "Colin Sutherland, the Lord President of the court
			// decided": a role closing an appositive chain; the name
			// before it speaks.
			if a := s.appositives(c, c.sa-1, lo); a.ok && s.named(a.sa, a.sb) {
				a.ra, a.rb = c.sa, c.sb
				return a
			}
		}
	case tParen: // "the Federal Security Service (FSB) said"
		if s.text[s.toks[k].start] != ')' {
			return cueHit{}
		}
		for k--; k > lo; k-- {
			if s.toks[k].kind == tParen && s.text[s.toks[k].start] == '(' {
				break
			}
		}
		if k <= lo {
			return cueHit{}
		}
		c.sa, c.sb = s.npBack(k, lo), k
		if a, b := s.subject(lo, c.cs); b > a && b < c.sa && s.lower(b) && linkers.has(s.word(b)) && s.named(a, b) && !s.anyNonPerson(s.nameStart(a, b), b) && s.bodyChain(b+1, c.sa) {
			// "Sam Wilson of UH Mānoa's Center for Microbial
			// Oceanography: Research and Education (C-MORE) said": the
			// body with its acronym is where the person is from; the
			// person speaks.
			c.sa, c.sb = a, b
		}
	case tComma, tDash:
		return s.appositives(c, k, lo)
	}
	c.ok = c.sb > c.sa
	return c
}

// roleRunsToName returns hi when the speaker phrase [a, b) after an
// inverted cue is a role or document noun that runs on, without a comma,
// over lower-case role words, "and" and capitalised words to a person's
// name that ends the sentence at hi: "said study co-author and Royal
// Society Research Fellow Martin How." b otherwise.
func (s *scratch) roleRunsToName(a, b, hi int) int {
	if b <= a || b >= hi || hi-b > 12 || !s.lower(b-1) || !roles.has(s.word(b-1)) {
		return b
	}
	and := false
	for k := b; k < hi; k++ {
		if !s.isWord(k) {
			return b
		}
		if s.lower(k) {
			switch w := s.word(k); {
			case w == "and":
				and = true
			case strings.Contains(w, "-") || roles.has(w):
			default:
				return b
			}
		}
	}
	// The name: its last two words capitalised and no place or body.
	if na := hi - 2; and && na > b && !s.lower(na) && !s.lower(na+1) && !s.anyNonPerson(na, hi) {
		return hi
	}
	return b
}

// byAgent reports whether the segment [a, end) holds "by" before a noun
// phrase that closes it: a passive participle's agent, which a following
// appositive renames.
func (s *scratch) byAgent(a, end int) bool {
	for k := a + 1; k < end-1; k++ {
		if s.lower(k) && s.word(k) == "by" {
			return true
		}
	}
	return false
}

// linkBefore returns the token of the preposition joining a person to the
// body that starts at token a ("within" in "within the central Interior
// Ministry"), with at most a determiner and two modifiers between; -1 when
// there is none after lo.
func (s *scratch) linkBefore(a, lo int) int {
	for k := a - 1; k > lo && k >= a-4 && s.lower(k); k-- {
		w := s.word(k)
		if memberLinks.has(w) {
			return k
		}
		if roles.has(w) || functions.has(w) && !determiners.has(w) || isCue(w) {
			return -1
		}
	}
	return -1
}

// nameOfBody returns the person's name opening the segment that ends at
// the comma k, when the segment is that name and the body it belongs to
// ("Jo Anne Val Tilburg of the University of California"), so that what
// follows the comma continues the body's name (a campus, a city); an
// empty range otherwise. lo bounds the search.
func (s *scratch) nameOfBody(k, lo int) (int, int) {
	if k <= lo || s.toks[k].kind != tComma || !s.isWord(k-1) || s.toks[k-1].flags&fCap == 0 {
		return k, k
	}
	a := k - 1
	for a > lo && s.isWord(a-1) {
		a--
	}
	if a > lo && s.toks[a-1].kind != tComma && s.toks[a-1].kind != tStop && s.toks[a-1].kind != tPara {
		return k, k
	}
	x, y := s.npForward(a, k)
	if y-x < 2 || y >= k-1 || !s.lower(y) || !linkers.has(s.word(y)) || !s.named(x, y) || s.anyNonPerson(x, y) || functionCaps.has(s.word(x)) || strings.HasSuffix(s.word(x), "ing") {
		return k, k
	}
	if !s.anyNonPerson(y+1, k) {
		return k, k // the words after "of" must name a body
	}
	return x, y
}

// appositives walks comma-separated segments back from the boundary token
// k: "Muttaqi, who led the team, said", "the acting foreign minister, Amir
// Khan Muttaqi, declared". Relative clauses and numbers (ages) are skipped;
// every segment that is a whole noun phrase is a candidate; the walk stops
// at any other segment. The nearest candidate with a name is the speaker
// and a neighbouring role candidate its role; failing a name, the nearest
// candidate.
func (s *scratch) appositives(c cueHit, k, lo int) cueHit {
	var cands [4][2]int
	var roleOnly [4]bool
	n := 0
	for step := 0; step < 4 && k > lo; step++ {
		end := k
		a := k - 1
		for a >= lo && (s.toks[a].kind == tWord || s.toks[a].kind == tOther || s.toks[a].kind == tStop && !s.sentEnd(a)) {
			a-- // periods of abbreviations ("Ph.D.") and symbols ("#MAGA") stay in the segment
		}
		for a+1 < end && s.toks[a+1].kind == tOther {
			a++
		}
		a++
		if a >= end {
			break
		}
		if a+1 < end && (a == lo || s.toks[a-1].kind != tWord) && sentenceOpeners.has(s.word(a)) {
			a++ // "But Walter Hayes, vice president of Ford Europe, told"
		}
		w := s.word(a)
		switch np := s.npBack(end, a); {
		case relatives.has(w) || allDigits(w) || prepositions.has(w) || s.lower(a) && strings.HasSuffix(w, "ing"):
			// a relative clause, an age, a prepositional phrase, a
			// participle ("speaking to the BBC"): skipped
		case s.lower(a) && a+1 < end && pastParticiple(w) && !roles.has(w) && (n == 0 || s.byAgent(a, end)) && a-1 >= lo && s.toks[a-1].kind == tComma:
			// "The circular, released on Monday, said", "the study,
			// conducted by Doctors …, said": a past participle's phrase
			// between the subject and its verb, skipped, and with it a
			// name set after it in apposition to its agent ("The
			// report, published by the monthly, The Peru Report, said")
			n = 0
		case n < len(cands) && s.roleToBody(a, end):
			// "paper analyst for Prudential Bache": a role and the
			// body it serves, never the name
			cands[n], roleOnly[n] = [2]int{a, end}, true
			n++
		case np < end && n < len(cands) && s.roleOfBody(np, end):
			// "president of Howard University": a role whose only
			// name is its body's
			cands[n], roleOnly[n] = [2]int{np, end}, true
			n++
		case np < end && (np == a || s.modifiers(a, np) || s.coordModifiers(a, np) || np == a+2 && honorifics.has(w) && s.toks[a+1].kind == tStop) && n < len(cands):
			// "Dr. Anthony Fauci" keeps its honorific
			cands[n] = [2]int{a, end}
			n++
		case np < end && n < len(cands) && s.copulaName(a, np) && s.named(np, end):
			// "Another was tour manager Thomas Gray, 24, who cited":
			// an unnamed one of a group is identified by the name
			// after the copula, which speaks.
			cands[n] = [2]int{s.copulaEnd(a, np), end}
			n++
		case n < len(cands) && s.rolePP(a, end):
			// "director of global news for AFP", "also CIA": a role
			// with its body, never the name
			x, y := s.npForward(s.skipAdverbsFwd(a, end), end)
			// "An aide to USDA undersecretary Daniel Amstutz, who …,
			// said": an aide is a speaker of his own.
			aide := y > x && y < end && s.word(y) == "to" && s.lower(y-1) && aides.has(s.word(y-1))
			cands[n], roleOnly[n] = [2]int{x, y}, !aide
			n++
		case np > a && np < end && n > 0 && n < len(cands) && !s.named(cands[n-1][0], cands[n-1][1]) && s.lower(np-1) && clauseOpeners.has(s.word(np-1)) && s.named(np, end):
			// "The party was shaken when John Smith, a Christchurch
			// lawyer, said": a conjunction opens the speaker's clause,
			// the name right after it; the walk ends there.
			cands[n] = [2]int{np, end}
			n++
			step = 4
		case determiners.has(w) && s.toks[a].flags&fCap == 0:
			// "a Ph.D. candidate at the university": a role, skipped
		case n > 0 && n < len(cands) && s.lower(a) && isCue(w) && np == a+1 && s.named(np, end):
			// "“…,” said David Lomax, Group Economics Adviser at …,
			// who described": the name an inverted cue brought in.
			cands[n] = [2]int{np, end}
			n++
			step = 4
		default:
			step = 4 // any other phrase ends the walk
		}
		if step == 4 {
			break
		}
		if a-1 >= lo && (s.toks[a-1].kind == tComma || s.toks[a-1].kind == tDash) {
			k = a - 1
			continue
		}
		break
	}
	if n == 0 {
		return cueHit{}
	}
	pick := -1
	for i := 0; i < n; i++ {
		if !roleOnly[i] && s.named(cands[i][0], cands[i][1]) {
			if pick >= 0 && honorifics.has(s.word(cands[pick][0])) && !honorifics.has(s.word(cands[i][0])) {
				// "Colin Sutherland, Lord Carloway, …": the
				// honorific form is a title; the plain name speaks.
				pick = i
				break
			}
			if pick < 0 {
				pick = i
			}
		}
	}
	if pick < 0 {
		pick = 0
	}
	c.sa, c.sb = cands[pick][0], cands[pick][1]
	if roleOnly[pick] {
		return cueHit{}
	}
	for _, i := range [2]int{pick - 1, pick + 1} {
		if i >= 0 && i < n && (roleOnly[i] || !s.named(cands[i][0], cands[i][1])) {
			c.ra, c.rb = cands[i][0], cands[i][1]
			break
		}
	}
	c.ok = true
	return c
}

// roleOfBody reports whether the span [a, b) is a role or title and the
// body it belongs to, with no person's name: "president of Howard
// University", "Dean of UC Berkeley School of Law", but not "Secretary of
// State Mike Pompeo".
func (s *scratch) roleOfBody(a, b int) bool {
	for a < b && determiners.has(s.word(a)) {
		a++
	}
	if a+2 >= b || !s.isWord(a+1) || !linkers.has(s.word(a+1)) {
		return false
	}
	w := s.word(a)
	if lw := strings.ToLower(w); !roles.has(lw) && !titles.has(w) && !bodyHeads.has(lw) {
		return false
	}
	n := s.nameStart(a+2, b)
	if n >= b {
		return false
	}
	for j := n; j < b; j++ {
		if isAcronym(s.word(j)) {
			return true
		}
	}
	return b-n < 2 || s.anyNonPerson(n, b)
}

// bodyHeads are heads of bodies that are neither roles nor titles in the
// lists above: "Dean of the law school".
var bodyHeads = set(`dean provost rector principal`)

// rolePP reports whether the segment [a, end) is a role or body noun
// phrase, perhaps after adverbs, followed by a prepositional phrase or
// nothing: "formerly a deputy administrator at FEMA", "also CIA".
func (s *scratch) rolePP(a, end int) bool {
	x := s.skipAdverbsFwd(a, end)
	y := x
	if x < end {
		_, y = s.npForward(x, end)
	}
	if y <= x {
		return false
	}
	return y == end || s.lower(y) && prepositions.has(s.word(y)) || x > a
}

// skipAdverbsFwd returns the first token from a, before end, that is no
// adverb.
func (s *scratch) skipAdverbsFwd(a, end int) int {
	for a < end && s.adverb(a) && s.lower(a) {
		a++
	}
	return a
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// npBack returns the start of the speaker noun phrase that ends at token
// end (exclusive), looking no further back than lo; end itself when there is
// none. A phrase is a lone pronoun, or capitalised words, role nouns and,
// once a role noun is seen, their lower-case modifiers, optionally opened by
// a determiner: "he", "Borrell", "the Taliban’s acting foreign minister".
func (s *scratch) npBack(end, lo int) int {
	j := end - 1
	if j < lo || !s.isWord(j) {
		return end
	}
	if pronouns.has(s.word(j)) {
		return j
	}
	if s.numbered(end, lo) {
		j = end - 3 // "Republic Act No. 3846"
	}
	if k := s.parenBefore(j); k > lo && (firmSuffix.has(s.word(j)) || firmTails.has(s.word(j))) {
		// "Citicorp Investment Bank (Switzerland) AG": the firm's
		// name runs on over its bracketed place.
		if a := s.npBack(k, lo); a < k {
			return a
		}
	}
	a, head, role := end, false, false
	// A common noun after a determiner or possessive: "the WHO's
	// website", "the Hajo assembly".
	if w := s.word(j); s.lower(j) && !roles.has(w) && !functions.has(w) && !adverbs.has(w) && !isCue(w) {
		for k := j - 1; k >= lo && k >= j-3 && s.isWord(k); k-- {
			w := s.word(k)
			if determiners.has(w) {
				a = k
				break
			}
			if possessive(w) {
				a = k
				if k > lo && determiners.has(s.word(k-1)) {
					a = k - 1
				}
				break
			}
			if functions.has(w) || functionCaps.has(w) || isCue(w) {
				break
			}
		}
		if a == end {
			return end
		}
		return s.npOf(a, lo)
	}
	for ; j >= lo && (s.toks[j].kind == tWord || s.initialDot(j) || s.nameDot(j)); j-- {
		if s.toks[j].kind != tWord {
			continue // "Wayne A. I. Frederick"
		}
		w := s.word(j)
		switch {
		case len(w) == 1 && j+1 < end && s.initialDot(j+1):
			a, head = j, true // an initial, even "I."
		case determiners.has(w):
			if head {
				a = j
			}
			j = lo - 1 // stop
		case s.toks[j].flags&fCap != 0:
			if role && numberWords.has(w) {
				a = j // "One banker", "Two dealers": the number opens the role
				j = lo - 1
				continue
			}
			if head && !role && j > lo && s.capParticle(j) {
				continue // "Koos Ten Have": the given name comes next
			}
			if functionCaps.has(w) || pronouns.has(w) || notNames.has(w) {
				j = lo - 1
				continue
			}
			a, head = j, true
		case roles.has(w):
			a, head, role = j, true, true
		case role && !functions.has(w) && !adverbs.has(w) && !prepositions.has(w) && !isCue(w) && isLetter(runeAt(w, 0)):
			a = j
		case head && !role && a == j+1 && particles.has(w) && s.opensSentence(j):
			// "de Villegas said": a particle set lower case though it
			// opens the sentence stays with the surname.
			a = j
			j = lo - 1
		case head && !role && s.particle(j):
			// "Gerhard de Kock", "Heinrich von Moltke": a particle
			// inside a name; the given name before it comes next.
		case w == "and" && head && !role && j-1 >= lo && s.firmAnd(j, end):
			a = j - 1 // "S and P", "Standard and Poor's": one firm
			j--
		case w == "and" && role && j-1 >= lo && groupNoun(s.word(end-1)) && s.groupTail(j-1, end) == end:
			a = j - 1 // "police and county officials"
			j--
		default:
			j = lo - 1
		}
	}
	if !head {
		return end
	}
	return s.npOf(a, lo)
}

// firmTails are foreign firms' closing words, like firmSuffix's.
var firmTails = set(`AG SA NV BV Bhd GmbH SpA Pty`)

// parenBefore returns the opening bracket of a bracketed word or two that
// closes right before token j ("(Switzerland)", "(F.E.)"), or -1.
func (s *scratch) parenBefore(j int) int {
	if j < 1 || s.toks[j-1].kind != tParen || s.text[s.toks[j-1].start] != ')' {
		return -1
	}
	for k := j - 2; k >= 0 && k >= j-6; k-- {
		switch t := s.toks[k]; {
		case t.kind == tParen && s.text[t.start] == '(':
			if k+1 < j-1 {
				return k
			}
			return -1
		case t.kind != tWord && t.kind != tStop:
			return -1
		}
	}
	return -1
}

// initialDot reports whether token j is the full stop of an initial: a
// lone capital letter right before it.
func (s *scratch) initialDot(j int) bool {
	if j <= 0 || j >= len(s.toks) {
		return false
	}
	t := s.toks[j]
	if t.kind != tStop || t.end-t.start != 1 || s.text[t.start] != '.' || j == 0 || !s.isWord(j-1) {
		return false
	}
	p := s.toks[j-1]
	return p.end == t.start && p.end-p.start == 1 && s.text[p.start] >= 'A' && s.text[p.start] <= 'Z'
}

// nameDot reports whether token j is a full stop inside a name or title
// rather than the end of a sentence: a lone period glued to an initial, a
// dotted abbreviation ("U.S. Attorney Bash") or an abbreviated title ("Dr.
// Livermore"), with a capitalised word right after it.
func (s *scratch) nameDot(j int) bool {
	if j <= 0 || j >= len(s.toks) {
		return false
	}
	t := s.toks[j]
	if t.kind != tStop || t.end-t.start != 1 || s.text[t.start] != '.' || j == 0 || !s.isWord(j-1) || s.toks[j-1].end != t.start {
		return false
	}
	if n := j + 1; !s.isWord(n) || s.toks[n].flags&(fCap|fInQuote) != fCap || functionCaps.has(s.word(n)) || determiners.has(s.word(n)) || pronouns.has(s.word(n)) {
		return false
	}
	w := s.word(j - 1)
	return s.initialDot(j) || dottedCaps(w) || titleAbbrevs.has(w)
}

// dottedCaps reports whether w is capital letters joined by full stops
// ("U.S", "U.K", "D.C"), an abbreviation whose last stop the lexer leaves
// as a separate token.
func dottedCaps(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// titleAbbrevs are abbreviated titles written with a full stop before a
// name ("Dr. Livermore", "Sen. Warren").
var titleAbbrevs = set(`Dr Mr Mrs Ms Prof St Gen Lt Col Sen Rep Gov Capt Sgt Maj Adm Rev Hon
	Atty Supt Insp Cmdr Brig Fr Gov Pres Cpl Pvt`)

// npOf extends a noun phrase starting at token a back over "X of": "the
// Speaker of the House", "Suman Haripriya of the Hajo assembly".
func (s *scratch) npOf(a, lo int) int {
	if a-3 > lo && s.word(a-1) == "of" && (s.word(a-2) == "one" || s.word(a-2) == "some") && s.isWord(a-3) && linkers.has(s.word(a-3)) && s.word(a-3) != "of" {
		// "a spokesman for one of the major Dutch roasters": the role
		// runs on over the member of its group.
		if b := s.npBack(a-3, lo); b < a-3 && roles.has(s.word(a-4)) {
			return b
		}
	}
	if a-1 > lo && s.isWord(a-1) && (linkers.has(s.word(a-1)) || s.word(a-1) == "on") {
		if (s.word(a-1) == "with" || s.word(a-1) == "on") && !roles.has(s.word(a-2)) {
			// "with" and "on" link only a role: "an official with the
			// wheat group", "an officer on Prudential-Bache's syndicate desk"
			return a
		}
		if b := s.npBack(a-1, lo); b < a-1 && !pronouns.has(s.word(b)) {
			return b
		}
	}
	return a
}

// linkers join a speaker to the body or place it belongs to: "the Speaker
// of the House", "Steven Wolf at Saint Francis", "a spokesman for 10
// Downing Street", "an official with the wheat group".
var linkers = set(`of at from for with`)

// quantified returns the noun phrase a quantifier phrase opening at token
// from stands for ("One of these groups", "A number of Senators"): the
// phrase after "of", or an empty range.
func (s *scratch) quantified(from, hi int) (int, int) {
	j := from
	if s.isWord(j) && (s.word(j) == "a" || s.word(j) == "A") {
		j++
	}
	if j+2 >= hi || !s.isWord(j) || !quantifiers.has(s.word(j)) || !s.isWord(j+1) || s.word(j+1) != "of" {
		return from, from
	}
	return s.npForward(j+2, hi)
}

// npForward returns the speaker noun phrase that starts at token from and
// ends before hi: a lone pronoun, or an optional determiner then
// capitalised words, role nouns and their modifiers, ending at the last
// name or role word ("EU spokesperson Nabila Massrali").
func (s *scratch) npForward(from, hi int) (int, int) {
	if from >= hi || !s.isWord(from) {
		return from, from
	}
	if pronouns.has(s.word(from)) {
		return from, from + 1
	}
	if a, b := s.quantified(from, hi); b > a {
		return a, b
	}
	j, last := from, -1
	if determiners.has(s.word(j)) || notNames.has(s.word(j)) || (s.word(j) == "One" || s.word(j) == "Another") && j+1 < hi && s.lower(j+1) && !functions.has(s.word(j+1)) && !prepositions.has(s.word(j+1)) && !adverbs.has(s.word(j+1)) && !isCue(s.word(j+1)) {
		j++ // "the", "Fifty" (former intelligence officials), "One" (senior banker)
	}
	open := j
	for ; j < hi && (s.toks[j].kind == tWord || last == j-1 && (s.nameDot(j) || s.abbrevRole(j))); j++ {
		if s.toks[j].kind != tWord {
			continue // "Chief Justice John G. Roberts", "U.S. Attorney Bash"
		}
		w := s.word(j)
		if s.toks[j].flags&fCap != 0 {
			if functionCaps.has(w) && j > from {
				break
			}
			last = j
			if s.pluralPossessive(j, hi) {
				j++ // "DLJ Securities' Hassenberg": the firm's person
			}
			continue
		}
		if last >= 0 && s.toks[last].flags&fCap != 0 && s.particle(j) {
			continue // "EC external trade chief Willy de Clercq"
		}
		if last >= 0 && last == j-1 && allDigits(w) && citeHeads.has(s.word(last)) {
			// "Article 2, Section 1": a numbered part of a text
			last = j
			if j+3 < hi && s.toks[j+1].kind == tComma && s.isWord(j+2) && citeHeads.has(s.word(j+2)) && allDigits(s.word(j+3)) {
				last = j + 3
			}
			j = last
			continue
		}
		if w == "of" && last >= 0 && last == j-1 && titles.has(s.word(last)) && j+1 < hi && s.toks[j+1].flags&fCap != 0 {
			continue // "Secretary of State Mike Pompeo"
		}
		if roles.has(w) || documents.has(w) || last == j-2 && s.abbrevRole(j-1) {
			last = j // "one major U.S. roaster"
			continue
		}
		if functions.has(w) || adverbs.has(w) || prepositions.has(w) || isCue(w) {
			break
		}
		// A lower-case word may modify a role noun to come ("the
		// Taliban’s acting foreign minister", "EU development ministers")
		// but never follows a name ("Trump congratulated").
		if j > open && s.toks[j-1].flags&fCap != 0 && !possessive(s.word(j-1)) && !isAcronym(s.word(j-1)) && !s.roleBeforeName(j, hi) && !(s.modifiersOnly(open+indefinite(s.word(open)), j-1) && nationality(s.word(j-1)) && s.roleWithin(j, hi)) && !s.firmModifier(from, j, hi) {
			// A people's adjective first ("another Japanese bank
			// official") modifies the role noun to come.
			break
		}
	}
	if e := s.andRoleName(last, hi); e > 0 {
		return from, e // "former Nevada Sen. and Reagan confidant Paul Laxalt"
	}
	if last < 0 {
		if n := from + 1; indefinites.has(s.word(from)) && n < hi && s.lower(n) && agentive(s.word(n)) && !functions.has(s.word(n)) && (n+1 == hi || !s.isWord(n+1)) {
			// "…,” said one competitor.": a doer's noun no lexicon
			// lists, closing the sentence after an indefinite.
			return from, n + 1
		}
		if w := s.word(from); (w == "one" || w == "another") && (from+1 == hi || !s.isWord(from+1)) {
			return from, from + 1 // "…,” said one.": a member of a group named before
		}
		if n := from + 1; (s.word(from) == "a" || s.word(from) == "an") && n+2 < hi && s.lower(n) && !functions.has(s.word(n)) && !adverbs.has(s.word(n)) && !prepositions.has(s.word(n)) && !isCue(s.word(n)) && !numberWords.has(s.word(n)) && (s.word(n+1) == "for" || s.word(n+1) == "with") && s.isWord(n+2) {
			// "said a lobbyst for a major commodity group": a noun no
			// lexicon lists, placed in a body, is someone's role.
			return from, n + 1
		}
		return from, from
	}
	if e := s.groupTail(last, hi); e > last+1 {
		return from, e // "police and county officials"
	}
	if last == j-1 && j < hi {
		if e := s.ofTail(open, j); e > j && e <= hi {
			if n := s.roleNameAfter(e, hi); n > 0 {
				return from, n // "Industrial Bank of Japan Ltd senior economist Susumu Taketomi"
			}
			return from, e // "the United States Department of Defense"
		}
	}
	if last == j-1 && s.numbered(j+2, from) {
		last = j + 1 // "Republic Act No. 3846"
	}
	if a, b := s.roleThenName(last, hi); b > a {
		return a, b
	}
	return from, last + 1
}

// andRoleName returns the end of a second role and the name both roles
// belong to when the title or role word at token last, its abbreviation's
// stop aside, is followed by "and" ("said former Nevada Sen. and Reagan
// confidant Paul Laxalt"): a capitalised modifier or two, lower-case role
// words, and a name of two to four words closing the phrase before hi, a
// comma or a stop. -1 otherwise.
func (s *scratch) andRoleName(last, hi int) int {
	if last < 0 || !s.isWord(last) || !(titles.has(s.word(last)) || titleAbbrevs.has(s.word(last)) || rolesLower.has(s.word(last))) {
		return -1
	}
	k := last + 1
	if k < hi && s.toks[k].kind == tStop && s.toks[k].start == s.toks[last].end && s.text[s.toks[k].start] == '.' {
		k++
	}
	if k >= hi || !s.lower(k) || s.word(k) != "and" {
		return -1
	}
	j := k + 1
	for n := 0; n < 3 && j < hi && s.isWord(j) && s.toks[j].flags&fCap != 0 && !functionCaps.has(s.word(j)); n++ {
		j++
	}
	role := false
	for n := 0; n < 3 && j < hi && s.lower(j); n++ {
		w := s.word(j)
		if functions.has(w) || adverbs.has(w) || prepositions.has(w) || isCue(w) {
			return -1
		}
		role = roles.has(w) || len(w) >= 7 && agentive(w)
		j++
	}
	if !role {
		return -1
	}
	a := j
	for j < hi && (s.isWord(j) && s.toks[j].flags&fCap != 0 || s.initialDot(j)) {
		j++
	}
	if j-a < 2 || j-a > 4 || s.anyNonPerson(a, j) || j < hi && j < len(s.toks) && s.toks[j].kind != tStop && s.toks[j].kind != tComma {
		return -1
	}
	return j
}

// indefinites open a noun phrase for someone the article does not name.
var indefinites = set(`one another a an`)

// roleThenName returns the name that closes a role phrase set after the
// cue, when the role noun at token last runs on over "of", "at" or "for"
// and a comma to a person's name that ends the sentence ("said head of
// equities at Jardine Fleming Securities Co, Mario Malt."): the role's
// holder is the speaker, not its head noun. An empty range otherwise.
func (s *scratch) roleThenName(last, hi int) (int, int) {
	if !s.lower(last) || !roles.has(s.word(last)) || !s.lower(last+1) || !(linkers.has(s.word(last+1)) || s.word(last+1) == "at" || s.word(last+1) == "for") {
		return 0, 0
	}
	for k := last + 2; k < hi && k <= last+16; k++ {
		t := s.toks[k]
		if t.kind == tComma {
			a, e := k+1, k+1
			for e < hi && (s.isWord(e) && s.toks[e].flags&fCap != 0 || s.initialDot(e) || s.nameDot(e)) {
				e++
			}
			if e-a < 2 || e-a > 4 || s.anyNonPerson(a, e) || e < len(s.toks) && s.toks[e].kind != tStop && s.toks[e].kind != tPara && e != hi {
				return 0, 0
			}
			if e < len(s.toks) && s.toks[e].kind == tStop && !s.sentEnd(e) {
				return 0, 0
			}
			return a, e
		}
		if t.kind != tWord && t.kind != tOther && !(t.kind == tStop && (s.initialDot(k) || s.nameDot(k))) || s.lower(k) && isCue(s.word(k)) {
			return 0, 0
		}
	}
	return 0, 0
}

// groupTail returns the end of a group speaker that a plural role noun
// ending at token last runs on into over "and": "police and county
// officials", "prosecutors and investigators" are one group, a speaker
// the reader names whole. last+1 when no such tail follows.
func (s *scratch) groupTail(last, hi int) int {
	if !s.isWord(last) || !(s.lower(last) || s.opensSentence(last)) || !groupNoun(strings.ToLower(s.word(last))) || last+2 >= hi || !s.lower(last+1) || s.word(last+1) != "and" {
		return last + 1
	}
	for k := last + 2; k < hi && k <= last+4 && s.lower(k); k++ {
		w := s.word(k)
		if groupNoun(w) {
			return k + 1
		}
		if functions.has(w) || determiners.has(w) || adverbs.has(w) || prepositions.has(w) || isCue(w) || roles.has(w) {
			break
		}
	}
	return last + 1
}

// groupNoun reports whether w is a role noun naming a group of people:
// a plural ("officials") or "police".
func groupNoun(w string) bool {
	return roles.has(w) && (w == "police" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// roleBeforeName reports whether tokens from j on are lower-case
// modifiers and a role noun right before a capitalised word, ending before
// hi: "political scholar Kelly" in "Rutgers University political scholar
// Kelly Dittmar", where a body's name runs on into its member's role and
// name.
func (s *scratch) roleBeforeName(j, hi int) bool {
	for k := j; k < hi && k < j+4 && s.lower(k); k++ {
		w := s.word(k)
		if functions.has(w) || adverbs.has(w) || prepositions.has(w) || isCue(w) {
			return false
		}
		if roles.has(w) || k == j && len(w) >= 7 && agentive(w) {
			// "Reagan confidant Paul Laxalt": a doer's noun no
			// lexicon lists, alone between two names.
			return k+1 < hi && s.isWord(k+1) && s.toks[k+1].flags&fCap != 0
		}
	}
	return false
}

// indefinite is 1 when w is a lower-case "one" or "another", which may
// open a role phrase before its modifiers, else 0.
func indefinite(w string) int {
	if w == "one" || w == "another" {
		return 1
	}
	return 0
}

// roleWithin reports whether a role noun ends the lower-case words from
// token j, at most three of them, none a function word: "bank official"
// in "one Canadian bank official said".
func (s *scratch) roleWithin(j, hi int) bool {
	for k := j; k < hi && k < j+3 && s.lower(k); k++ {
		w := s.word(k)
		if functions.has(w) || adverbs.has(w) || prepositions.has(w) || isCue(w) {
			return false
		}
		if roles.has(w) {
			return true
		}
	}
	return false
}

// citeHeads are the capitalised nouns a number follows in a citation of
// part of a law or text: "Article 2", "Section 1201", "Resolution 2334".
var citeHeads = set(`Article Section Chapter Title Resolution Rule Amendment
	Clause Paragraph Part Code Directive Regulation`)

// appositionAfter returns a role phrase set off by a comma after a speaker
// ending at token b ("said Nabila Massrali, the EU spokesperson"), or an
// empty range.
func (s *scratch) appositionAfter(b, hi int) (int, int) {
	if b >= hi || s.toks[b].kind != tComma || !s.isWord(b+1) || !determiners.has(s.word(b+1)) {
		return b, b
	}
	x, y := s.npForward(b+1, hi)
	if y > x && s.nameStart(x, y) == y {
		return x, y
	}
	return b, b
}

// bodyRoleName finds, after a body's name [a, b) that an inverted cue
// took for its speaker, the body's possessive ending its name ("of
// California, San Diego's"), a role and a name in apposition to it ("said
// University of California, San Diego's chancellor, Pradeep Khosla"). It
// returns the end of the role phrase and the name's range, or empty ranges.
func (s *scratch) bodyRoleName(a, b, hi int) (int, int, int) {
	if b <= a || !s.anyNonPerson(a, b) {
		return b, b, b
	}
	for k := b; k < hi && k < b+8; k++ {
		if s.toks[k].kind != tWord && s.toks[k].kind != tComma {
			break
		}
		if !s.isWord(k) || !possessive(s.word(k)) || s.toks[k].flags&fCap == 0 {
			continue
		}
		x, y := s.npForward(k+1, hi)
		if y <= x || s.named(x, y) {
			break
		}
		if n, m := s.nameAfter(x, y, hi); m > n {
			return y, n, m
		}
		break
	}
	return b, b, b
}

// nameAfter returns a name set off by a comma after the role phrase [a,
// b) and ending the clause ("the company's chief executive, Anna Berg"),
// or an empty range; hi bounds the search.
func (s *scratch) nameAfter(a, b, hi int) (int, int) {
	if b <= a || b >= hi || s.toks[b].kind != tComma || s.named(a, b) || pronouns.has(s.word(a)) {
		return b, b
	}
	x, y := s.npForward(b+1, hi)
	if y <= x || !s.named(x, y) || determiners.has(s.word(x)) {
		return b, b
	}
	if y < hi {
		switch s.toks[y].kind {
		case tComma, tStop, tParen, tDash:
		default:
			return b, b
		}
	}
	return x, y
}

func isCue(w string) bool { _, ok := cues.kind(w); return ok }

// skipAdverbs returns the first token at or before k, down to lo, that is
// not an adverb or auxiliary ("also", "had").
func (s *scratch) skipAdverbs(k, lo int) int {
	for k >= lo {
		switch {
		case s.adverb(k):
			k--
		case s.timePhrase(k, lo) < k+1:
			k = s.timePhrase(k, lo) - 1
		default:
			return k
		}
	}
	return k
}

// timePhrase returns the first token of a time adjunct ending at token k
// ("on Sunday", "last week", "on March 5", "this morning"), which may sit
// between a speaker and the cue ("Nur Khan Liton, on Sunday told"), or k+1
// when there is none. lo bounds the search.
func (s *scratch) timePhrase(k, lo int) int {
	if !s.isWord(k) {
		return k + 1
	}
	j := k
	if allDigits(s.word(j)) && j-1 >= lo && s.isWord(j-1) && months.has(s.word(j-1)) {
		j-- // "March 5"
	}
	w := s.word(j)
	if !days.has(w) && !months.has(w) && !timeNouns.has(w) {
		return k + 1
	}
	if j-1 >= lo && s.lower(j-1) && timePreps.has(s.word(j-1)) {
		return j - 1
	}
	return k + 1
}

// adverb reports whether token k is an adverb or auxiliary that may sit
// between a speaker and its cue: one of the listed words or a lower-case
// word in -ly that is no noun ("specifically", not "family").
func (s *scratch) adverb(k int) bool {
	if !s.isWord(k) {
		return false
	}
	w := s.word(k)
	return adverbs.has(w) || len(w) > 4 && strings.HasSuffix(w, "ly") && s.lower(k) && !lyNouns.has(w)
}

// modifiers reports whether tokens [a, b) are all lower-case words that may
// modify a name ("herpetologist" in "herpetologist David Blackburn").
func (s *scratch) modifiers(a, b int) bool {
	for j := a; j < b; j++ {
		w := s.word(j)
		if !s.isWord(j) || functions.has(w) || functionCaps.has(w) || prepositions.has(w) || adverbs.has(w) || isCue(w) {
			return false
		}
	}
	return true
}

// anyRole reports whether a role noun lies in tokens [a, b).
func (s *scratch) anyRole(a, b int) bool {
	for j := a; j < b; j++ {
		if s.lower(j) && roles.has(s.word(j)) {
			return true
		}
	}
	return false
}

// copulaName reports whether tokens [a, b) are a word standing for one
// of a group ("Another", "One", "The other", "A second") and a copula,
// perhaps followed by lower-case modifiers of the name that starts at b:
// "Another was tour manager" before "Thomas Gray".
func (s *scratch) copulaName(a, b int) bool {
	v := a
	for v < b && v < a+3 && s.isWord(v) && oneOfGroup.has(strings.ToLower(s.word(v))) {
		v++
	}
	if v == a || v >= b || !s.lower(v) || !copulas.has(s.word(v)) {
		return false
	}
	return v+1 == b || s.modifiers(v+1, b)
}

// copulaEnd returns the token after the copula in [a, b), which
// [scratch.copulaName] found.
func (s *scratch) copulaEnd(a, b int) int {
	for j := a; j < b; j++ {
		if s.lower(j) && copulas.has(s.word(j)) {
			return j + 1
		}
	}
	return b
}

// oneOfGroup are the words that open a phrase standing for one unnamed
// member of a group: "Another", "One", "The other", "A second".
var oneOfGroup = set(`another one the other a second third fourth first last`)

// coordModifiers reports whether tokens [a, b) are lower-case modifiers
// joined by one "and" or "or" in their middle: "civil and environmental"
// in "civil and environmental engineering professor Julian Marshall". Two
// roles joined ("chairman and chief executive of Woolworth") are not
// modifiers: they are a person's roles, whose name stands elsewhere.
func (s *scratch) coordModifiers(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if w := s.word(j); s.lower(j) && (w == "and" || w == "or") {
			return s.lower(a) && s.modifiers(a, j) && s.lower(j+1) && s.modifiers(j+1, b) && !s.anyRole(a, b)
		}
	}
	return false
}

// owner replaces a document speaker by the document's owner when the text
// names one: "the court's summary" (the court), "a statement by the
// ministry" or "a tweet on Monday by X" (what follows "by" or "from"),
// "the Supreme Court decision" (the name before the noun), "the opinion of
// the Court", "Facebook released a statement which read" (the subject of
// the verb that issued it), and, for "According to its press release, the
// NBA …", the subject after the comma. [lo, hi) bounds the search.
func (s *scratch) owner(c cueHit, lo, hi int) cueHit {
	if c.head && !c.weak {
		// "The Coast Guard has announced an order by Commandant
		// Admiral Elson Hermogino directing units to “…”": a document
		// the cue's object names, by a named person, is that person's.
		for j := c.ce; j+2 < hi; j++ {
			if s.lower(j) && (documents.has(s.word(j)) || orders.has(s.word(j))) && s.word(j+1) == "by" {
				if a, b := s.npForward(j+2, hi); b > a && s.named(a, b) && !s.anyNonPerson(s.nameStart(a, b), b) {
					c.sa, c.sb, c.ra, c.rb = a, b, a, a
					return c
				}
			}
		}
	}
	d := -1
	for j := c.sa; j < c.sb; j++ {
		if s.lower(j) && (documents.has(s.word(j)) || orders.has(s.word(j))) {
			d = j
			break
		}
	}
	if d < 0 {
		return c
	}
	with := func(a, b int) cueHit {
		if b > a {
			c.sa, c.sb, c.ra, c.rb = a, b, a, a
		}
		return c
	}
	if d+2 < c.sb && s.word(d+1) == "of" {
		if c = with(d+2, c.sb); s.document(c.sa, c.sb) {
			// "The summary of the decision": the decision's owner.
			return s.owner(c, lo, hi)
		}
		return c
	}
	k := d - 1 // skip lower-case modifiers: "Stardom's official statement"
	for k > c.sa && s.lower(k) && !determiners.has(s.word(k)) && !possessive(s.word(k)) {
		k--
	}
	if k >= c.sa && k < d && !determiners.has(s.word(k)) {
		if possessive(s.word(k)) {
			a := k // "the judge's", "Judge Miller's"; never "Part of the judge's"
			for a > c.sa && s.isWord(a-1) && (determiners.has(s.word(a-1)) || s.toks[a-1].flags&fCap != 0) {
				a--
			}
			return with(a, k+1)
		}
		if s.toks[k].flags&fCap != 0 {
			a := k
			for a > c.sa && s.toks[a-1].flags&fCap != 0 && !determiners.has(s.word(a-1)) {
				a--
				if possessive(s.word(a)) {
					// "RIAA's DMCA notice": the owner, not the kind.
					return with(a, a+1)
				}
			}
			if a < k || !nationality(s.word(a)) {
				return with(a, k+1)
			}
			// "The French statement": a people's adjective, no
			// owner; the document's issuer may be named before.
		}
	}
	for j, n := c.sb, 0; j < hi && n < 6 && s.isWord(j); j, n = j+1, n+1 {
		if w := s.word(j); (w == "by" || w == "from") && s.lower(j) {
			if a, b := s.npForward(j+1, hi); b > a {
				return with(a, b)
			}
			break
		}
	}
	if v := c.sa - 1; v > lo && s.lower(v) && issuers.has(s.word(v)) {
		if a := s.npBack(v, lo); a < v {
			return with(a, v)
		}
	}
	if w := s.word(c.sa); (w == "its" || w == "their" || w == "Its" || w == "Their") && c.sb < hi && s.toks[c.sb].kind == tComma {
		if a, b := s.npForward(c.sb+1, hi); b > a && !pronouns.has(s.word(a)) {
			return with(a, b)
		}
	}
	if w := s.word(c.sa); d == c.sb-1 && (w == "the" || w == "The") {
		if rulings.has(s.word(d)) {
			// "The summary of the decision read": a ruling is the
			// court's, the one the article named last.
			if a, b := s.court(c.sa); b > a {
				return with(a, b)
			}
		}
		if a, b := s.issuedBy(s.word(d), c.sa); b > a {
			return with(a, b)
		}
		if a, b := s.issuer(c.sa, s.word(d)); b > a {
			return with(a, b)
		}
		if d-1 > c.sa && s.lower(d-1) && roles.has(s.word(d-1)) {
			// "The government statement": the body named in full
			// earlier ("The government of Burundi").
			if a, b := s.bodyOf(s.word(d-1), c.sa); b > a {
				return with(a, b)
			}
		}
	}
	return c
}

// bodyOf returns the most recent phrase before token at that names the
// body noun in full with "of" ("the government of Burundi"), determiner
// included, or an empty range.
func (s *scratch) bodyOf(noun string, at int) (int, int) {
	for j := at - 3; j > 0; j-- {
		if !s.isWord(j) || !strings.EqualFold(s.word(j), noun) || !s.isWord(j+1) || s.word(j+1) != "of" || !s.isWord(j+2) || s.toks[j+2].flags&fCap == 0 {
			continue
		}
		e := j + 2
		for e < at && s.isWord(e) && s.toks[e].flags&fCap != 0 && !possessive(s.word(e)) {
			e++
			if e+1 < at && s.toks[j].flags&fCap != 0 && s.word(e) == "and" && s.isWord(e+1) && s.toks[e+1].flags&fCap != 0 {
				e++ // "the Ministry of International Trade and Industry": a proper name goes on over "and"
			}
		}
		a := j
		if determiners.has(s.word(j-1)) && s.isWord(j-1) {
			a = j - 1
		}
		return a, e
	}
	return at, at
}

// issuer returns the name that issued a document the article mentions as
// "the proclamation" at token at without naming its owner: a name, as a
// subject in the document's paragraph or the two before, followed by an
// issuing verb ("President Donald Trump declared a national emergency").
// When several did, the one the article names most often before the
// document wins, the earliest on a tie: the main actor issues, and news
// names the main actor first.
func (s *scratch) issuer(at int, noun string) (int, int) {
	s.buildNames()
	para := s.paraOf(at)
	best, bestN := -1, 0
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at {
			continue
		}
		if r.para < para-2 {
			break
		}
		k := s.skipAdverbsFwd(r.b, at)
		if !r.subj || !s.lower(k) || !issuingVerbs.has(s.word(k)) {
			continue
		}
		if v := s.word(k); authorVerbs.has(v) && !postings.has(noun) {
			continue // "X posted a report": a post is X's, a report may be anyone's
		}
		last := s.word(r.b - 1)
		n := 0
		for j := range s.names {
			if q := s.names[j]; q.b <= at && s.word(q.b-1) == last {
				n++
			}
		}
		if n >= bestN {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return at, at
	}
	return s.names[best].a, s.names[best].b
}

// court returns the court or tribunal the article names last before
// token at, or an empty range.
func (s *scratch) court(at int) (int, int) {
	s.buildNames()
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.org {
			continue
		}
		for j := r.a; j < r.b; j++ {
			if w := s.word(j); w == "Court" || w == "Tribunal" {
				return r.a, r.b
			}
		}
	}
	return at, at
}

// issuedBy returns the name that an earlier mention of the document noun
// gives as its issuer, in the document's paragraph or the one before:
// "The orange warning issued by Met Éireann applied to …" makes "the
// warning" Met Éireann's. An empty range when there is none.
func (s *scratch) issuedBy(noun string, at int) (int, int) {
	para := s.paraOf(at)
	for j := at - 1; j > 0; j-- {
		t := s.toks[j]
		if t.kind == tPara && s.paraOf(j) < para-1 {
			break
		}
		if t.kind != tWord || t.flags&fCap != 0 || s.word(j) != "by" || !s.isWord(j-2) {
			continue
		}
		if v := s.word(j - 1); !issuers.has(v) && v != "written" && v != "signed" {
			continue
		}
		if w := strings.ToLower(s.word(j - 2)); w != noun && w != noun+"s" {
			continue
		}
		if a, b := s.npForward(j+1, at); b > a && s.named(a, b) {
			return a, b
		}
	}
	return at, at
}

// asideOpen returns the dash that opens the aside closed by the dash at
// token j, within the sentence from hs: an earlier dash whose aside opens
// with a relative word ("— which the BBC noted as unusual —"); -1 when
// there is none.
func (s *scratch) asideOpen(j, hs int) int {
	for k := j - 1; k >= hs; k-- {
		switch s.toks[k].kind {
		case tDash:
			if s.lower(k+1) && relatives.has(s.word(k+1)) {
				return k
			}
			return -1
		case tOpen, tClose, tStop:
			return -1
		}
	}
	return -1
}

// bodyChain reports whether tokens [a, b) are all part of a body's name:
// capitalised words and possessives, the lower-case words that join a
// name's parts, and a colon or dash inside it ("UH Mānoa's Center for
// Microbial Oceanography: Research and").
func (s *scratch) bodyChain(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		switch t := s.toks[k]; {
		case t.kind == tColon || t.kind == tDash:
		case t.kind != tWord || t.flags&fInQuote != 0:
			return false
		case t.flags&fCap != 0:
		case joiners.has(s.word(k)) || s.word(k) == "the":
		default:
			return false
		}
	}
	return true
}

// firmAnd reports whether the "and" at token j, with one capitalised word
// on each side running to end, joins the two halves of a firm's name
// rather than two speakers: both halves single letters ("S and P"), or a
// possessive second half ("Standard and Poor's", "Moody's"-style house
// names, where two people would take no "'s").
func (s *scratch) firmAnd(j, end int) bool {
	if j+2 != end || !s.isWord(j-1) || !s.isWord(j+1) || s.toks[j-1].flags&fCap == 0 || s.toks[j+1].flags&fCap == 0 {
		return false
	}
	l, r := s.word(j-1), s.word(j+1)
	if len(l) == 1 && len(r) == 1 {
		return true
	}
	return possessive(r) && !functionCaps.has(l) && !determiners.has(l) && !pronouns.has(l)
}

// irregularParticiples are past participles not ending in "-ed" that open
// a phrase set between a subject and its verb ("the letter, made
// available to journalists, said").
var irregularParticiples = set(`made written given held seen known sent taken drawn shown done
	put set brought found kept left paid read sold told won begun chosen spoken`)

// pastParticiple reports whether the lower-case word w can be a past
// participle: a regular "-ed" form of four letters or more, or a common
// irregular one.
func pastParticiple(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || irregularParticiples.has(w)
}

// afterAbbrev reports whether token j comes right after a dotted
// abbreviation's full stop, perhaps with a comma between ("Chase
// Manhattan Bank N.A., Told"): wire copy capitalises the word there as if
// a sentence had begun, so a capitalised cue word still counts.
func (s *scratch) afterAbbrev(j int) bool {
	k := j - 1
	if k > 0 && s.toks[k].kind == tComma {
		k--
	}
	if k < 1 || s.toks[k].kind != tStop || s.text[s.toks[k].start] != '.' || !s.isWord(k-1) || s.toks[k-1].end != s.toks[k].start {
		return false
	}
	return dottedCaps(s.word(k - 1))
}

// abbrevRole reports whether token j is the full stop of a dotted
// abbreviation that modifies a role noun right after it ("one U.S.
// official"): a sentence never goes on in lower case, so the stop ends
// none.
func (s *scratch) abbrevRole(j int) bool {
	t := s.toks[j]
	if t.kind != tStop || t.end-t.start != 1 || s.text[t.start] != '.' || !s.isWord(j-1) || s.toks[j-1].end != t.start || !dottedCaps(s.word(j-1)) {
		return false
	}
	if !s.lower(j + 1) {
		return false
	}
	// "one major U.S. roaster.": a doer's noun closing the sentence
	// after the abbreviation is a role as well.
	return roles.has(s.word(j+1)) || agentive(s.word(j+1)) && !functions.has(s.word(j+1)) && (j+2 >= len(s.toks) || !s.isWord(j+2))
}

// modifiersOnly reports whether the tokens [a, b) are lower-case
// modifiers, no function word among them, at most two ("a senior
// Taiwanese trade official"): with a people's adjective after them they
// open a role phrase, not a name.
func (s *scratch) modifiersOnly(a, b int) bool {
	if b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if !s.lower(k) || functions.has(s.word(k)) || prepositions.has(s.word(k)) || isCue(s.word(k)) {
			return false
		}
	}
	return true
}

// roleToBodyAfterComma returns the comma that opens the phrase right
// before the cue at token cs when that phrase is lower-case role words
// ("paper analyst", "chairman and chief executive officer") and a linker
// to capitalised words ("for Prudential Bache", "of Union Camp"): an
// appositive whose closing comma wire copy left out. -1 otherwise.
func (s *scratch) roleToBodyAfterComma(cs, lo int) int {
	m := -1
	for k := cs - 1; k > lo && k >= cs-16; k-- {
		if s.toks[k].kind == tComma {
			m = k
			break
		}
		if !s.isWord(k) && !s.nameDot(k) {
			return -1
		}
	}
	if m < 0 || !s.roleToBody(m+1, cs) && !s.roleToLowerBody(m+1, cs) {
		return -1
	}
	return m
}

// roleToLowerBody reports whether the segment [a, end) is lower-case role
// words, "of", and a body written in lower case, numbers allowed, of at
// most four words: "executive officer of local 174", "senior director of
// marketing development". Set after a name and a comma before the cue, the
// segment is that person's post, however the body is written.
func (s *scratch) roleToLowerBody(a, end int) bool {
	link := -1
	for k := a; k < end; k++ {
		w := s.word(k)
		if s.lower(k) && w == "of" {
			link = k
			break
		}
		if !s.lower(k) || w != "and" && (functions.has(w) || determiners.has(w) || adverbs.has(w) || isCue(w) || relatives.has(w) || pronouns.has(w)) {
			return false
		}
	}
	if link <= a || link+1 >= end || end-link > 5 || !s.lowerRole(link-1) {
		return false
	}
	for k := link + 1; k < end; k++ {
		w := s.word(k)
		if !s.isWord(k) || !s.lower(k) && !allDigits(w) || functions.has(w) || determiners.has(w) || adverbs.has(w) || isCue(w) || relatives.has(w) || pronouns.has(w) || prepositions.has(w) {
			return false
		}
	}
	return true
}

// roleToBody reports whether the segment [a, end) is lower-case role
// words and a linker to capitalised words, the body the role serves:
// "paper analyst for Prudential Bache", "chairman and chief executive
// officer of Union Camp".
func (s *scratch) roleToBody(a, end int) bool {
	if a < end && s.isWord(a) && !s.lower(a) {
		return s.titleToBody(a, end)
	}
	if a >= end || !s.lower(a) || s.word(a) == "and" {
		return false
	}
	link := -1
	for k := a; k < end; k++ {
		if !s.lower(k) {
			break
		}
		w := s.word(k)
		if linkers.has(w) {
			link = k
			break
		}
		if w != "and" && (functions.has(w) || determiners.has(w) || adverbs.has(w) || isCue(w) || relatives.has(w)) {
			return false
		}
	}
	if link <= a || link+1 >= end || !s.lowerRole(link-1) {
		return false
	}
	k := link + 1
	if s.lower(k) && determiners.has(s.word(k)) {
		k++
	}
	if k >= end {
		return false
	}
	for ; k < end; k++ {
		if s.isWord(k) && s.lower(k) || !s.isWord(k) && !s.nameDot(k) {
			return false
		}
	}
	return true
}

// lowerRole reports whether token k is a lower-case role noun.
func (s *scratch) lowerRole(k int) bool {
	return s.lower(k) && roles.has(s.word(k))
}

// firmRoleName returns, for the phrase after an inverted cue running to
// the sentence's end at hi, the firm-and-role part [ra, rb) and the
// person's name [a, b) that closes it, when a firm's name with "and" or a
// bracketed place inside it ("Wertheim and Co", "Bache Securities
// (Japan)") comes first, then lower-case role words, then two to four
// capitalised words naming a person. Empty ranges otherwise.
func (s *scratch) firmRoleName(from, hi int) (ra, rb, a, b int) {
	k, caps, joined := from, 0, false
firm:
	for ; k < hi; k++ {
		switch t := s.toks[k]; {
		case t.kind == tWord && t.flags&fCap != 0:
			caps++
		case s.isWord(k) && (s.word(k) == "and" || s.word(k) == "&") && caps > 0 && k+1 < hi && s.toks[k+1].flags&fCap != 0:
			joined = true
		case t.kind == tOther && s.text[t.start] == '&' && caps > 0:
			joined = true
		case t.kind == tParen && s.text[t.start] == '(' && caps > 0 && k+2 < hi && s.toks[k+1].flags&fCap != 0 && s.toks[k+2].kind == tParen:
			joined = true
			k += 2
		case s.nameDot(k):
		default:
			break firm
		}
	}
	if !joined || caps == 0 || k >= hi {
		return 0, 0, 0, 0
	}
	r := k
	for k < hi && s.lower(k) && k-r < 4 {
		k++
	}
	if k == r || !s.lowerRole(k-1) {
		return 0, 0, 0, 0
	}
	n := k
	for ; k < hi; k++ {
		if !(s.isWord(k) && s.toks[k].flags&fCap != 0) && !s.initialDot(k) {
			return 0, 0, 0, 0
		}
	}
	if hi-n < 2 || hi-n > 5 || s.anyNonPerson(n, hi) {
		return 0, 0, 0, 0
	}
	return from, n, n, hi
}

// sentenceOpeners are capitalised conjunctions that open a sentence before
// its subject ("But Walter Hayes, …, told"); they belong to no name.
var sentenceOpeners = set(`But Yet`)

// closeTo reports whether the tokens [a, b) are the words that place an
// unnamed source by its link to a body: "close to", "familiar with".
func (s *scratch) closeTo(a, b int) bool {
	if b-a < 2 || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if !s.lower(k) || !nearWords.has(s.word(k)) {
			return false
		}
	}
	return prepositions.has(s.word(b - 1))
}

// nearWords place a source near a body without naming it.
var nearWords = set(`close familiar near to with within in at`)

// placedRole returns where the unnamed role holder starts when the words
// before the cue at cs, from sentence start lo, are a role phrase opened
// by an article, then a preposition and a name that only places it: "an
// analyst in New York said", "a spokesman for J.P. Morgan and Co Inc
// said", "an LDP candidate in Tokyo told". The name from sa on would
// otherwise be taken for the speaker. sa when the words are otherwise.
func (s *scratch) placedRole(lo, sa, cs int) int {
	p := sa - 1
	for p > lo && (s.isWord(p) && (s.toks[p].flags&fCap != 0 || s.word(p) == "and" || s.word(p) == "the") || s.nameDot(p) || s.initialDot(p)) {
		p-- // back over the name to the preposition before it
	}
	if p <= lo || !s.lower(p) || !placePreps.has(s.word(p)) || !s.lowerRole(p-1) {
		return sa
	}
	a, b := s.subject(lo, cs)
	if b != p || !placeArticles.has(s.word(a)) {
		return sa
	}
	k, caps := b+1, 0
	if k < cs && s.isWord(k) && (s.word(k) == "the" || s.word(k) == "The") {
		k++
	}
	if cs-k > 8 {
		return sa
	}
	for ; k < cs; k++ {
		switch {
		case s.isWord(k) && s.toks[k].flags&fCap != 0 && !functionCaps.has(s.word(k)):
			caps++
		case s.nameDot(k) || s.initialDot(k):
		case s.isWord(k) && (s.word(k) == "and" || s.word(k) == "&") && caps > 0 && k+1 < cs:
		case s.toks[k].kind == tOther && s.text[s.toks[k].start] == '&' && caps > 0:
		default:
			return sa
		}
	}
	if caps == 0 {
		return sa
	}
	return a
}

// placeArticles open an unnamed role holder's phrase; placePreps link it
// to the place or body that places it.
var (
	placeArticles = set(`a an one another the A An One Another The`)
	placePreps    = set(`in at for with from`)
)

// pluralPossessive reports whether the capitalised word at token j ends in
// "s" and a bare apostrophe, set close, that makes it a plural possessive
// before a capitalised name within hi: "DLJ Securities' Hassenberg". The
// mark then belongs to no quotation.
func (s *scratch) pluralPossessive(j, hi int) bool {
	if j+2 >= hi || !strings.HasSuffix(s.word(j), "s") || !s.isWord(j+2) || s.toks[j+2].flags&fCap == 0 {
		return false
	}
	m := s.toks[j+1]
	if m.kind != tOther || m.start != s.toks[j].end || m.end >= s.toks[j+2].start {
		return false
	}
	mark := s.text[m.start:m.end]
	return mark == "'" || mark == "’"
}

// titleToBody reports whether the segment [a, end) is a title written in
// capitals, closed by a role noun, then "at" or "for" and the capitalised
// name of the body it serves: "Group Economics Adviser at National
// Westminster Bank Plc", "Chief Economist for Midland Bank". The
// segment is the role of a name set before it, never the name.
func (s *scratch) titleToBody(a, end int) bool {
	link := -1
	for k := a; k < end && k < a+5; k++ {
		if s.lower(k) {
			if w := s.word(k); w == "at" || w == "for" {
				link = k
			}
			break
		}
		if !s.isWord(k) {
			return false
		}
	}
	if link <= a || link+1 >= end || !rolesLower.has(s.word(link-1)) {
		return false
	}
	for k := link + 1; k < end; k++ {
		if s.isWord(k) && s.lower(k) || !s.isWord(k) && !s.nameDot(k) {
			return false
		}
	}
	return true
}

// roleNameAfter returns hi when the words from r to hi are one to four
// lower-case words closed by a role noun, then a person's name of two to
// five words that runs to hi: the firm name just read, "Industrial Bank
// of Japan Ltd", is then where the speaker works ("… senior economist
// Susumu Taketomi"), not the speaker. -1 otherwise.
func (s *scratch) roleNameAfter(r, hi int) int {
	k := r
	for k < hi && s.lower(k) && k-r < 4 {
		k++
	}
	if k == r || !s.lowerRole(k-1) {
		return -1
	}
	n := k
	for ; k < hi; k++ {
		if !(s.isWord(k) && s.toks[k].flags&fCap != 0) && !s.initialDot(k) {
			return -1
		}
	}
	if hi-n < 2 || hi-n > 5 || s.anyNonPerson(n, hi) {
		return -1
	}
	return hi
}

// firmModifier reports whether the capitalised words before token j name
// a firm or body that modifies a role noun to come, in a phrase opened by
// an indefinite: "one former General Motors human relations executive",
// "an American Express travel industry analyst". The capitalised run,
// at most four words, must follow the indefinite and at most two
// lower-case modifiers, not end in a role word, and be followed by lower-case
// words ending in a role noun (roleWithin).
func (s *scratch) firmModifier(from, j, hi int) bool {
	if !indefinites.has(s.word(from)) || !s.roleWithin(j, hi) {
		return false
	}
	a := j
	for a > from && s.isWord(a-1) && s.toks[a-1].flags&fCap != 0 {
		a--
		if possessive(s.word(a)) {
			return false
		}
	}
	if rolesLower.has(s.word(j - 1)) {
		return false // "a former Treasury Secretary": the role itself
	}
	return a < j && j-a <= 4 && a > from && s.modifiersOnly(from+1, a)
}
