package entity

import "github.com/annals-project/annals"

// A person in apposition to the head of a state's or an international
// body's mission ("Sir Roy Denman, Head of the EC Delegation in
// Washington,", "Kum Choon, head of the Malaysian delegation,") acts for
// that state or body: the EC's man in Washington is the EC, and "Denman
// told reporters" a few sentences on is the EC speaking. The dictionary
// lookup of apposition found the EC but, the name going on past it, dropped
// the title.

// missionNouns name a body's delegation or office abroad.
var missionNouns = map[string]bool{"delegation": true, "mission": true, "embassy": true, "office": true}

// missionTail returns the token after a mission noun that follows an
// affiliation ending at token k, with the place it sits in ("in
// Washington", "to the United Nations", "here"), when a comma or the
// sentence's end comes next; k itself otherwise. The state's mission is
// its government's, so a country's bare code takes the GOV role.
func (s *state) missionTail(k, end int, code string) (int, string) {
	if k >= end || !missionNouns[s.toks[k].Norm] {
		return k, code
	}
	e := k + 1
	switch {
	case e < end && s.toks[e].Norm == "here":
		e++
	case e+1 < end && (s.toks[e].Norm == "in" || s.toks[e].Norm == "to"):
		e++
		if s.toks[e].Norm == "the" && e+1 < end {
			e++
		}
		n := e
		for e < end && e-n < 4 && s.toks[e].Flags&annals.Cap != 0 && (s.toks[e].Tag == annals.NNP || s.toks[e].Tag == annals.NNPS) {
			e++
		}
		if e == n {
			return k, code
		}
	}
	if e < end && s.toks[e].Tag != annals.COMMA && s.toks[e].Tag != annals.STOP {
		return k, code
	}
	if len(code) == 3 && !nonCountryRoots[code] {
		code += "GOV"
	}
	return e, code
}
