package quote

import (
	"sort"
	"strings"
)

// roleChain is the last resort for a he or she that nothing else
// resolves and that stands for someone the article never names: a person
// brought in by role in one of the three sentences before, within two
// paragraphs, who spoke since. Wire copy quotes dealers and officials
// that way and goes on with "he" across a sentence of background: "A
// leading Spanish broker said the central bank …. ¶ The consumer price
// index rose 8.3 pct last year. ¶ “…,” he said", or "“…,” one Japanese
// refiner said. ¶ “…,” he added". The role is taken from a quotation
// attributed to it, from a sentence it opens as subject of a speech verb,
// or from an attribution closing a sentence ("…, the official said.").
// It returns the role phrase (or the name it was resolved to), or "" when
// a person named as a subject or quoted by name comes after the role, or
// no role of gender g is found.
func (s *scratch) roleChain(at int, g gender, prev []Found) string {
	if g == unknownGender {
		return ""
	}
	s.buildNames()
	para := s.paraOf(at)
	pos := int(s.toks[at].start)
	best, bestPos := "", -1
	for i := len(prev) - 1; i >= 0; i-- {
		p := &prev[i]
		if p.SpeakerStart < 0 || p.SpeakerStart >= pos || s.paraAt(p.SpeakerStart) < para-4 {
			continue
		}
		if s.paraAt(p.SpeakerStart) < para-2 && !(s.pronounRole(p, at, g) && s.sameChain(s.tokAt(p.SpeakerEnd), at, s.paraAt(p.SpeakerStart), para, p.Name)) {
			continue // further back only along a chain of the same pronoun
		}
		if p.SpeakerKind == RoleSpeaker && personRolePhrase(p.Speaker, g) {
			best, bestPos = p.Speaker, p.SpeakerStart
			if p.Name != "" {
				best = p.Name
			}
			break
		}
		if s.pronounRole(p, at, g) {
			// "The official said …. “…,” he said. ¶ He also said …. ¶
			// “…,” he said": the same he, still the unnamed official.
			best, bestPos = p.Name, p.SpeakerStart
			break
		}
	}
	cur := at
	for n := 0; n < 3; n++ {
		lo, end := s.sentBefore(cur)
		if end <= lo || s.paraOf(lo) < para-2 || int(s.toks[end].start) <= bestPos {
			break
		}
		if r := s.prevRoleSubject(end+1, g); r != "" {
			if !strings.ContainsAny(r[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || strings.Contains(r, " ") && r[strings.LastIndexByte(r, ' ')+1] < 'a' {
				// a name the role resolved to ("The mayor" for Jiang Zemin)
			} else if !personRolePhrase(r, g) {
				return "" // "The banking sources said": a group
			}
			best, bestPos = r, int(s.toks[lo].start)
			break
		}
		if a, b := s.prevCueSpeaker(end + 1); b > a {
			if r := s.cueRole(a, b, g); r != "" {
				if name := s.resolveRole(a, b); name != "" {
					r = name // "…, the president said", Reagan named before
				}
				best, bestPos = r, int(s.toks[a].start)
				break
			}
		}
		cur = lo
	}
	if best == "" {
		return ""
	}
	// Nobody named may come between the role and the pronoun.
	for i := range prev {
		p := &prev[i]
		if p.SpeakerStart > bestPos && p.SpeakerStart < pos && p.SpeakerKind != RoleSpeaker && p.Name != "" && p.Name != best {
			return "" // a named person quoted since
		}
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		r := s.names[i]
		if r.b > at {
			continue
		}
		if int(s.toks[r.a].start) <= bestPos {
			break
		}
		if !r.subj || s.toks[r.a].flags&fInQuote != 0 {
			continue
		}
		if name := s.personName(r); name != "" && s.agrees(g, name) {
			return "" // "Gaviria said …": a named person since
		}
	}
	// Nor anyone else brought in by role: "a Western diplomat warned",
	// "Another said", "analysts said".
	j := at - 1
	for j > 0 && int(s.toks[j].start) > bestPos {
		j--
	}
	// The role's own words bring in no one else: "a spokesman for one
	// of Spain's major sunflower oil producers said".
	ownEnd := bestPos
	if strings.HasPrefix(s.text[bestPos:], best) {
		ownEnd += len(best)
	}
	for j++; j < at; j++ {
		if !s.isWord(j) || s.toks[j].flags&fInQuote != 0 || int(s.toks[j].start) < ownEnd {
			continue
		}
		w := s.word(j)
		switch {
		case w == "a" || w == "an" || w == "one" || w == "another" || w == "A" || w == "An" || w == "One":
			for k := j + 1; k < at && k <= j+4 && s.isWord(k); k++ {
				if h := s.word(k); s.lower(k) && roles.has(h) && !bodyNouns.has(h) {
					return ""
				}
			}
		case (w == "Another" || w == "Others") && !(s.lower(j+1) && !roles.has(s.word(j+1)) && !isCue(s.word(j+1))):
			return "" // "Another said", "Another dealer": not "Another factor was"
		case s.lower(j) && peoplePlural(w) && (s.lower(j+1) && isCue(s.word(j+1)) || s.lower(j-1) && isCue(s.word(j-1))):
			return "" // "…, analysts said."
		}
	}
	return best
}

// pronounRole reports whether the earlier quote p was attributed to the
// same pronoun as the one at token at and that pronoun was resolved to an
// unnamed person's role phrase of gender g ("The official", "One dealer
// for a U.S.-based bank"), so that a later he or she with nothing else
// to stand for goes on with it.
func (s *scratch) pronounRole(p *Found, at int, g gender) bool {
	if p.SpeakerKind != PronounSpeaker || p.Name == "" || p.Inherited {
		return false
	}
	if !strings.EqualFold(p.Speaker, s.word(at)) || !personRolePhrase(strings.ToLower(p.Name), g) {
		return false
	}
	first, _, _ := strings.Cut(p.Name, " ")
	return determiners.has(first) || strings.EqualFold(first, "one")
}

// tokAt returns the index of the first token starting at or after byte
// offset off.
func (s *scratch) tokAt(off int) int {
	return sort.Search(len(s.toks), func(i int) bool { return int(s.toks[i].start) >= off })
}

// cueRole returns the unnamed person's role phrase [a, b) of an
// attribution, when its head is a singular person's role that agrees
// with gender g ("the spokesman", "a spokesman for one of the
// roasters"); "" otherwise.
func (s *scratch) cueRole(a, b int, g gender) string {
	h := b - 1
	for k := a + 1; k < b-1; k++ {
		if s.lower(k) && linkers.has(s.word(k)) && s.lower(k-1) && roles.has(s.word(k-1)) {
			h = k - 1 // "a spokesman for one of the roasters": its head
			break
		}
	}
	w := s.word(h)
	if !roles.has(w) || bodyNouns.has(w) || documents.has(w) || strings.HasSuffix(w, "s") {
		return ""
	}
	if kg := kinGender[w]; kg != unknownGender && kg != g {
		return ""
	}
	return s.text[s.toks[a].start:s.toks[b-1].end]
}

// personRolePhrase reports whether a role speaker span names one unnamed
// person whose gender may be g: its head, the last word or the word
// before a linker ("the regional manager for one of the major oil
// companies"), is a singular person's role, no body or document.
func personRolePhrase(span string, g gender) bool {
	ws := strings.Fields(span)
	h := len(ws) - 1
	for k := 1; k < len(ws)-1; k++ {
		if linkers.has(ws[k]) && roles.has(ws[k-1]) {
			h = k - 1
			break
		}
	}
	if h < 0 {
		return false
	}
	w := ws[h]
	if !roles.has(w) || bodyNouns.has(w) || documents.has(w) || strings.HasSuffix(w, "s") {
		return false
	}
	kg := kinGender[w]
	return kg == unknownGender || kg == g
}
