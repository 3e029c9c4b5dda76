package quote

import "strings"

// docSaidIn returns who issued "the statement" or "the report" at token
// at when the article brought the document in through a speech verb
// before it: "Merrill Lynch said in a
// statement", "the U.S. Embassy said in its annual report", "the bank
// said in a statement", the nearest such verb with the same noun (or any
// review noun for a report). The issuer is the speaker the finder gave that
// verb's own quote when it has one, else the verb's subject: a name, the
// body an "it" stands for, or the body a "the bank" stands for. A verb
// whose subject names no one gives way to an earlier one; "" when none
// names anyone.
func (s *scratch) docSaidIn(noun string, at int, prev []Found) string {
	for j := at - 1; j > 3; j-- {
		if !s.lower(j) || s.toks[j].flags&fInQuote != 0 {
			continue
		}
		if w := s.word(j); w != noun && !(researchDocs.has(noun) && reviewNouns.has(w)) {
			continue
		}
		k := j - 1
		for k > j-3 && s.lower(k) && !determiners.has(s.word(k)) && !functions.has(s.word(k)) {
			k-- // "prepared", "annual"
		}
		if !s.lower(k) || !determiners.has(s.word(k)) || s.word(k-1) != "in" {
			continue
		}
		if k > 3 && s.toks[k-2].kind == tComma && s.asideCue(j) {
			// "The joint Development Committee, in a communique
			// released …, said": the subject before the aside.
			if name := s.verbSubject(k - 2); name != "" {
				return name
			}
			continue
		}
		if !s.lower(k-2) || !isCue(s.word(k-2)) {
			continue
		}
		v := k - 2
		name, quoted := "", false
		for _, q := range prev {
			if q.CueStart == int(s.toks[v].start) {
				name, quoted = q.Name, true
				if name == "" && q.SpeakerKind == NameSpeaker {
					name = q.Speaker
				}
				if r := trimArticle(q.Speaker); name == "" && q.SpeakerKind == RoleSpeaker && r != q.Speaker && indefinites.has(strings.ToLower(q.Speaker[:len(q.Speaker)-len(r)-1])) {
					// "a State Department spokesman said in a
					// statement": the statement stays the spokesman's;
					// an unresolved "the firm" gives way to an earlier
					// verb.
					name = r
				}
				r := trimArticle(q.Speaker)
				if last := r[strings.LastIndexByte(r, ' ')+1:]; name == "" && q.SpeakerKind == RoleSpeaker && r != q.Speaker && roles.has(last) && !bodyNouns.has(last) {
					// "the Foreign Ministry spokesman said in a
					// statement": a person's role, unlike an
					// unresolved "the firm", is the issuer.
					name = r
				}
			}
		}
		if !quoted {
			name = s.verbSubject(v)
		}
		if name != "" {
			return name
		}
		// "the firm said in a prepared statement", the firm unresolved:
		// an earlier "Merrill Lynch said in a statement" may name it.
	}
	return ""
}

// verbSubject returns the body or person named as the subject right before
// the speech verb at token v: a name run ending at the verb ("the U.S.
// Embassy said"), the body an "it" stands for, or the body a determiner
// and a body noun stand for ("the bank said"); "" otherwise.
func (s *scratch) verbSubject(v int) string {
	if v < 2 || !s.isWord(v-1) {
		return ""
	}
	if w := s.word(v - 1); w == "it" || w == "It" {
		return s.resolveOrg(v-1, false)
	}
	s.buildNames()
	for i := len(s.names) - 1; i >= 0; i-- {
		if r := s.names[i]; r.b == v {
			a := r.a
			if a > 2 && s.toks[a-1].kind == tStop && s.toks[a-1].end == s.toks[a].start-1 && dottedCaps(s.word(a-2)) && s.toks[a-2].end == s.toks[a-1].start {
				a -= 2 // "the U.S. Embassy": the dotted abbreviation is part of the name
			}
			return s.text[s.toks[a].start:s.toks[r.b-1].end]
		}
		if r := s.names[i]; r.org && r.b < v && r.b >= v-3 {
			// "The Group of 24 developing countries said": a body's
			// name opening the sentence and the plural noun it heads.
			a := r.a
			if a > 0 && (s.word(a-1) == "The" || s.word(a-1) == "the") {
				a--
			}
			all := s.opensSentence(a)
			for k := r.b; k < v && all; k++ {
				all = s.lower(k) && !functions.has(s.word(k)) && s.toks[k].flags&fInQuote == 0
			}
			if w := s.word(v - 1); all && len(w) > 3 && w[len(w)-1] == 's' {
				return s.runText(r)
			}
		}
		if s.names[i].b < v-3 {
			break
		}
	}
	if w := s.word(v - 1); s.lower(v-1) && (companyNouns.has(w) || publicBodies.has(w)) && (s.word(v-2) == "the" || s.word(v-2) == "The") {
		if name := s.fullBody(w, v-2); name != "" {
			return name
		}
		return s.namedFirm(v - 2)
	}
	return ""
}

// asideCue reports whether the document noun at token j, in an aside
// opened by a comma, is followed within a dozen tokens by the aside's
// closing comma and a speech verb: "in a communique released following
// day-long discussions, said".
func (s *scratch) asideCue(j int) bool {
	for m := j + 1; m < len(s.toks)-1 && m <= j+12; m++ {
		switch s.toks[m].kind {
		case tComma:
			return s.lower(m+1) && isCue(s.word(m+1))
		case tWord:
		default:
			return false
		}
	}
	return false
}

// trimArticle drops the article that opens a role phrase: "a State
// Department spokesman" gives "State Department spokesman".
func trimArticle(p string) string {
	for _, a := range []string{"a ", "an ", "A ", "An ", "the ", "The "} {
		if r, ok := strings.CutPrefix(p, a); ok {
			return r
		}
	}
	return p
}
