package quote

import "strings"

// firmPerson returns the person who works for the body named by the
// speaker phrase starting at token a, before a cue: wire copy names an
// analyst or an official with the employer between name and verb,
// "Economist Wendy Smith Cork of the brokerage Nesbitt Thomson Bongard
// Inc said" or "Osman Erk, deputy general-manager of Yapi ve Kredi
// Bankasi told Reuters". The body's name may run back over lower-case
// words ("the brokerage", "Yapi ve") to a linking "of", "at", "from" or
// "for"; before the link stands the person's full name, or a role set off
// by a comma after it. The person must open the clause (nothing but a
// comma, a sentence break or the start of the search before it), so "a
// report by X of Y" names no speaker here. It returns an empty range when
// the pattern does not hold.
func (s *scratch) firmPerson(a, b, lo int) (int, int) {
	if b <= a || !s.bodyLike(a, b) {
		return a, a
	}
	k := a - 1
	for n := 0; k > lo && n < 4 && s.isWord(k) && !(s.lower(k) && linkers.has(s.word(k))); n++ {
		k--
	}
	if k <= lo || !s.lower(k) || !linkers.has(s.word(k)) {
		return a, a
	}
	end := k
	role := false
	for end-1 > lo && s.lower(end-1) && end > k-4 && personRoleWord(s.word(end-1)) {
		end--
		role = true
	}
	if role {
		if s.toks[end-1].kind != tComma {
			return a, a // "the deputy general-manager of X": no name before
		}
		end--
	}
	x := s.npBack(end, lo)
	if x >= end {
		return a, a
	}
	na := s.nameStart(x, end)
	if end-na < 2 || s.anyNonPerson(na, end) || possessive(s.word(end-1)) {
		return a, a
	}
	if x > lo {
		if t := s.toks[x-1]; !(t.kind == tComma || t.kind == tPara || t.kind == tStop && s.sentEnd(x-1)) {
			return a, a
		}
	}
	return na, end
}

// bodyLike reports whether the capitalised phrase [a, b) names a firm or
// other body rather than a person: it holds an organisation or other
// non-person word ("Inc", "Bank"), or it follows a role noun's "of"
// ("general-manager of Yapi ve Kredi Bankasi").
func (s *scratch) bodyLike(a, b int) bool {
	if s.anyNonPerson(a, b) {
		return true
	}
	for j := a; j < b; j++ {
		if orgWords.has(s.word(j)) {
			return true
		}
	}
	kind, and := false, false
	for k := a - 1; k > 0 && k >= a-4 && s.isWord(k); k-- {
		if s.lower(k) && linkers.has(s.word(k)) {
			return kind || and || s.lower(k-1) && personRoleWord(s.word(k-1))
		}
		kind = kind || s.lower(k) && firmKinds.has(s.word(k))
		and = and || k == a-1 && (s.word(k) == "and" || s.word(k) == "&") && s.toks[k-1].flags&fCap != 0
	}
	return false
}

// firmKinds are the lower-case nouns wire copy sets before a firm's name
// to say what it is ("Christopher Osborne of stockbroker Hoare Govett"):
// the name after one is a body, so the person before "of" speaks.
var firmKinds = set(`stockbroker stockbrokers broker brokers brokerage
	brokerages bank banks bankers firm house consultancy consultants`)

// personRoleWord reports whether the lower-case word w is a role noun or
// one of its modifiers in a hyphened or plain title: "manager",
// "general-manager", "deputy", "vice-president", "chief economist".
func personRoleWord(w string) bool {
	if roles.has(w) || roleModifiers.has(w) {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		return roles.has(w[i+1:]) || roleModifiers.has(w[:i])
	}
	return false
}

// roleModifiers are the words that open a title before its role noun.
var roleModifiers = set(`deputy vice senior chief general executive managing
	assistant associate acting first second senior-vice`)
