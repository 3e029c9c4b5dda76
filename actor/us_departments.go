package actor

import "github.com/annals-project/annals"

// washingtonDepartment reports whether mention m, a body with no country of
// its own that the story's country would otherwise take, is a United States
// executive department named by its capitalised name: "the Commerce
// Department", "the Treasury Department", "the Department of Agriculture".
// The wire calls other states' bodies ministries ("the Finance Ministry"),
// so in a story about Japan "the Commerce Department said" is Washington's,
// not Tokyo's, as washingtonOffice argues for the department's officials.
// A capitalised word or a possessive before the name ("the Manitoba
// Agriculture Department", "the province's Agriculture Department") may
// name another state's or a province's body and is left alone; "U.S." is the one such word allowed. A story that
// names the United States nowhere keeps the department its own: Brazil's
// treasury is "the Treasury Department" in a story about coffee credits.
// A bare "the department" is the department last named before it: "The
// Commerce Department said ... The department previously reported".
func washingtonDepartment(doc *annals.Doc, m *annals.Mention) bool {
	toks := doc.Tokens
	si := doc.SentenceOf(m.Tokens.Start)
	if si < 0 {
		return false
	}
	if m.Tokens.Len() == 2 && toks[m.Tokens.Start].Norm == "the" && toks[m.Tokens.Start+1].Norm == "department" &&
		(m.Tokens.End >= len(toks) || toks[m.Tokens.End].Norm != "of") {
		return washingtonBefore(doc, m) && namesUnitedStates(doc)
	}
	start := doc.Sentences[si].Tokens.Start
	for d := m.Tokens.Start; d < m.Tokens.End; d++ {
		if toks[d].Norm != "department" || toks[d].Flags&annals.Cap == 0 {
			continue
		}
		// "the Commerce Department": the name's word before it.
		if k := d - 1; k >= start && capitalDepartment(toks, k) {
			return freeOfOtherState(toks, start, k) && namesUnitedStates(doc)
		}
		// "the Department of Agriculture", "the Department of the
		// Treasury"; not "the Department of Trade and Industry".
		k := d + 1
		if k < len(toks) && toks[k].Norm == "of" {
			k++
			if k < len(toks) && toks[k].Norm == "the" {
				k++
			}
			if k < len(toks) && capitalDepartment(toks, k) && (k+1 >= len(toks) || toks[k+1].Norm != "and") {
				return freeOfOtherState(toks, start, d) && namesUnitedStates(doc)
			}
		}
		return false
	}
	return false
}

// capitalDepartment reports whether token k is a capitalised word naming a
// United States executive department.
func capitalDepartment(toks []annals.Token, k int) bool {
	return usDepartments[toks[k].Norm] && toks[k].Flags&annals.Cap != 0
}

// freeOfOtherState reports whether the word before token k (the start of a
// department's name, in a sentence opening at token start) leaves the
// department to Washington: none, an article (capitalised too, after a
// dateline), a lower-case word ("said") or "U.S."; not a capitalised word
// that may name another state, nor a possessive.
func freeOfOtherState(toks []annals.Token, start, k int) bool {
	if k == start {
		return true
	}
	p := &toks[k-1]
	if p.Norm == "u.s." || p.Norm == "the" || p.Norm == "a" {
		return true
	}
	return p.Flags&annals.Cap == 0 && p.Norm != "'s" && p.Norm != "'"
}

// namesUnitedStates reports whether an actor or a place of the article,
// by its own words, names the United States.
func namesUnitedStates(doc *annals.Doc) bool {
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Via == "context" {
			continue
		}
		if c, _ := mentionCountry(doc, m); c == "USA" {
			return true
		}
	}
	return false
}

// washingtonBefore reports whether the department named last before
// mention m is Washington's.
func washingtonBefore(doc *annals.Doc, m *annals.Mention) bool {
	last := -1
	for i := range doc.Mentions {
		p := &doc.Mentions[i]
		if p.Kind != annals.ActorMention || p.Tokens.End > m.Tokens.Start || last >= 0 && p.Tokens.Start <= doc.Mentions[last].Tokens.Start {
			continue
		}
		for k := p.Tokens.Start; k < p.Tokens.End; k++ {
			if doc.Tokens[k].Norm == "department" || doc.Tokens[k].Norm == "departments" {
				last = i
				break
			}
		}
	}
	return last >= 0 && countryOf(doc.Mentions[last].Code) == "USA"
}
