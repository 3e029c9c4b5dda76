package quote

import "strings"

// lastReporter returns the person who was last reported speaking before
// the sentence holding the pronoun at token at: a name that is the
// subject of a speech verb ("Monsod said", "Kaczura also told") in one of
// the two sentences before, outside quotations. News copy goes on with
// "he said" or "she added" for that person, so the reporter outranks an
// earlier main person or a person named farther back. Another person
// named as a subject after the reporter, speaking or not ("Meanwhile,
// Trade Minister Bob Andrew expressed confidence"), holds the centre
// instead, and then nothing is returned; so does a reporter who disagrees
// with the pronoun's gender g.
func (s *scratch) lastReporter(at int, g gender) string {
	s.buildNames()
	lo := s.outerStart(at)
	lo2 := lo
	for n := 0; n < 2; n++ {
		j := lo2 - 1
		for j > 0 && (s.toks[j].kind == tPara || s.toks[j].kind == tStop) {
			j--
		}
		if j <= 0 {
			lo2 = 0
			break
		}
		lo2 = s.outerStart(j)
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || s.toks[r.a].flags&fInQuote != 0 {
			continue
		}
		if r.a < lo2 {
			return ""
		}
		quoted := r.a >= 1 && s.lower(r.a-1) && (s.word(r.a-1) == "quoted" || s.word(r.a-1) == "quoting")
		if !r.subj && !quoted || s.modifiesRole(r) {
			continue
		}
		j := r.b
		for j < r.b+2 && s.lower(j) && s.adverb(j) {
			j++
		}
		// "The agency quoted Zhang Yan, a delegate, attacking …": the
		// person quoted is reported speaking as much as a subject of
		// "said" is.
		cue := quoted || s.lower(j) && (isCue(s.word(j)) || reportVerbs.has(s.word(j)))
		if !cue && r.person {
			cue = s.cueAfterAppositive(r.b) // "Robin Marshall, chief economist at …, said"
		}
		name := s.personName(r)
		if r.person {
			name = s.fullerName(r.a, name) // "Antonio Ortiz Mena … Ortiz Mena said"
		}
		if name == "" && cue && r.b-r.a == 1 {
			if name = s.variantName(r.a, s.word(r.a)); name == "" && s.bareSurname(r.a) {
				// "Rha Woong Bae … Rha said"; "Bloch said", named in full
				// only inside a quotation
				name = s.fullerName(r.a, s.word(r.a))
			}
		}
		if !cue {
			if (r.person || s.personElsewhere(r.a)) && s.reportedAfterCue(r.a) {
				continue // "Marshall said he was surprised to see Lawson qualify …": inside what was said
			}
			if name != "" && s.personal(name, g) || r.b-r.a == 1 && s.titledName(r) {
				return "" // another person holds the subject since
			}
			continue
		}
		if name == "" {
			return "" // a reporter annals cannot name: "Ecopetrol said"
		}
		if hg := s.honorificGender(r.a); g != unknownGender && hg != unknownGender && hg != g {
			return ""
		}
		if !s.agrees(g, name) || !s.personal(name, g) {
			return ""
		}
		return name
	}
	return ""
}

// bareSurname reports whether the lone capitalised word at token at, whose
// full name the article does not give in a form annals reads, is still a
// person's surname: it marks no body, place or thing, the article never
// writes it in lower case ("Analysts said", "Another said"), and another
// of its mentions follows a capitalised word, as a surname follows a
// given name or title ("Trade Minister Rha Woong Bae … Rha said", "Tom
// Bloch … Bloch said", "James Baker's closest aide … Baker
// acknowledged"); "Greenwich, Conn said" and "the oil company
// Ecopetrol said" have none.
func (s *scratch) bareSurname(at int) bool {
	w := s.word(at)
	if !personWord(w) || s.usedLower(w) {
		return false
	}
	for j := 1; j < len(s.toks); j++ {
		if j == at || !s.isWord(j) || !sameOrOwner(s.word(j), w) || !s.isWord(j-1) || s.toks[j-1].flags&fCap == 0 {
			continue
		}
		if p := s.word(j - 1); !determiners.has(p) && !sentenceLinks.has(p) && personWord(p) {
			return true
		}
	}
	return false
}

// sameOrOwner reports whether the word m is w or w's possessive.
func sameOrOwner(m, w string) bool {
	return m == w || len(m) > len(w) && strings.HasPrefix(m, w) && possessive(m) && (len(m)-len(w) == 2 || len(m)-len(w) == 4)
}

// fullerName returns the latest person's name written before token at
// that holds name as whole words and is longer ("Antonio Ortiz Mena" for
// "Ortiz Mena", "Rha Woong Bae" for "Rha"), or name itself.
func (s *scratch) fullerName(at int, name string) string {
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at || !r.person {
			continue
		}
		if t := s.runText(r); len(t) > len(name) && (strings.HasSuffix(t, " "+name) || strings.HasPrefix(t, name+" ")) {
			return t
		}
	}
	return name
}

// reportVerbs are verbs of reporting that annals does not take as quote
// cues of their own but that still mark their subject as the one speaking
// ("Lichtenberger explained.").
var reportVerbs = set(`explained noted stressed emphasised emphasized argued insisted conceded acknowledged`)

// reportedAfterCue reports whether token at stands in the reported clause
// of a speech verb earlier in its sentence, outside quotations ("Robin
// Marshall … said he was not surprised to see Lawson qualify …"): a
// subject there is what the speaker spoke of, and does not take over
// the centre from the speaker.
func (s *scratch) reportedAfterCue(at int) bool {
	lo := s.outerStart(at)
	for j := at - 1; j >= lo && j > at-25; j-- {
		if s.toks[j].flags&fInQuote != 0 {
			return false
		}
		if s.lower(j) && (s.word(j) == "said" || s.word(j) == "told" || s.word(j) == "says") {
			// The verb must open a clause ("said he was"), not be
			// inverted before its subject ("“…,” said Delfin
			// Lorenzana, …; he described").
			return j+1 < at && s.lower(j+1)
		}
	}
	return false
}

// cueAfterAppositive reports whether the comma at token b opens a role
// phrase that a second comma closes right before a speech verb: "Robin
// Marshall, chief economist at Chase Manhattan Securities, said".
func (s *scratch) cueAfterAppositive(b int) bool {
	if b >= len(s.toks) || s.toks[b].kind != tComma || !s.lower(b+1) {
		return false
	}
	for k := b + 1; k < len(s.toks) && k <= b+12; k++ {
		if s.toks[k].kind == tComma {
			j := k + 1
			for j < k+3 && s.lower(j) && s.adverb(j) {
				j++
			}
			return s.lower(j) && (isCue(s.word(j)) || reportVerbs.has(s.word(j)))
		}
		if !s.isWord(k) && !s.abbrevDot(k) {
			return false
		}
	}
	return false
}
