package quote

import "strings"

// cueSubjectBack returns the unnamed body or document an "it" or "they" at
// token at stands for when no name resolves it: the subject of the latest
// speech verb before it, a few sentences and up to three paragraphs back,
// that is an article and a common noun ("A Chinese newspaper said …. ¶ It
// said:", "The four institutes said …. ¶ “…,” they said"), or the same
// phrase set after the verb ("“…,” said an article in the official press.
// ¶ “…,” it said"). A verb whose subject is the same pronoun passes the
// search on to the one before, its paragraph counting as the pronoun's;
// any other subject (a name, a person) ends it. The phrase is returned without its article; "" when there is none.
func (s *scratch) cueSubjectBack(at int, plural bool) string {
	head := func(w string) bool {
		if plural {
			return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
		}
		return !strings.HasSuffix(w, "s") && (documents.has(w) || bodyNouns.has(w) || publicBodies.has(w) || pressNouns.has(w))
	}
	return s.subjectBack(at, plural, head)
}

// subjectBack is cueSubjectBack's search, with the head nouns it accepts
// given by head; a plural search passes over "they", a singular one over
// "it".
func (s *scratch) subjectBack(at int, plural bool, head func(string) bool) string {
	para := s.paraOf(at)
	start := s.sentStart(at)
	for hops := 0; hops < 12 && start > 0; hops++ {
		end := start - 1
		if end > 0 && s.toks[end].kind == tPara {
			end--
		}
		lo := s.sentStart(end)
		if s.paraOf(lo) < para-3 {
			return ""
		}
		start = lo
		for j := lo + 1; j <= end; j++ {
			if !s.lower(j) || s.toks[j].flags&fInQuote != 0 || !isCue(s.word(j)) {
				continue
			}
			a, b := s.npBack(j, lo), j
			if a == j {
				a, b = s.npForward(j+1, end+1) // "said an article in …"
			}
			if b <= a {
				continue
			}
			w := s.word(a)
			if b-a == 1 && (plural && (w == "they" || w == "They") || !plural && (w == "it" || w == "It")) {
				para = s.paraOf(lo) // the same pronoun: look further back from here
				break
			}
			if n := s.pressName(a, b); !plural && n != "" {
				return n // "…, the Kuwait daily al-Qabas said. ¶ … it said"
			}
			if !s.lower(b-1) || !head(s.word(b-1)) || !plural && !indefinites.has(w) && w != "A" && w != "An" || plural && (w != "the" && w != "The" || b-a < 3) {
				return ""
			}
			return s.text[s.toks[a+1].start:s.toks[b-1].end]
		}
	}
	return ""
}

// pressNouns are nouns for a newspaper or a piece of it, whose words a
// later "it" quotes: "A Chinese newspaper said …. It said".
var pressNouns = set(`newspaper paper daily weekly magazine journal article editorial communique`)

// isPress reports whether w names a newspaper rather than a piece of one.
func isPress(w string) bool { return pressNouns.has(w) && !documents.has(w) }

// pressName returns the paper's name when a subject [a, b) is that name
// set after a press noun, "the (place) press-noun NAME" ("the Kuwait
// daily al-Qabas", "the official newspaper Al-Ahram"): wire copy names a
// paper once so and then quotes it as "it". "" for any other phrase.
func (s *scratch) pressName(a, b int) string {
	if b-a > 3 || a < 2 || !s.lower(a-1) || !isPress(s.word(a-1)) {
		return ""
	}
	for k := a; k < b; k++ {
		if w := s.word(k); !s.isWord(k) || functions.has(strings.ToLower(w)) || s.lower(k) && !strings.Contains(w, "-") {
			return "" // "the daily said", "the daily of the party"
		}
	}
	for k := a - 2; k >= 0 && k >= a-4; k-- {
		if w := s.word(k); w == "the" || w == "The" {
			return s.text[s.toks[a].start:s.toks[b-1].end]
		}
		if !s.isWord(k) || s.lower(k) && !isPress(s.word(k)) && !adjectivesOK(s.word(k)) {
			return ""
		}
	}
	return ""
}

// adjectivesOK reports whether w may stand between an article and a
// press noun: "the official newspaper", "the leading daily".
func adjectivesOK(w string) bool {
	return w == "official" || w == "leading" || w == "influential" || w == "independent" || w == "state-run" || w == "government"
}
