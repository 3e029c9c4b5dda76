package event

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// capacityAs reports whether actor mention m is the office or role in
// which a party acts, named after "as": "resigned as the governor of
// Puerto Rico", "the resignation of Bernard Weinblatt as president",
// "has acted as mediator". The office is the subject's (or the named
// person's) own; read as a party of its own it became the target of the
// resignation or the mediation. capacityRole takes "as a|an"; this takes
// the bare and the definite office. Only role-headed mentions are taken,
// so "as Japan is supported by the U.S." (a clause after the conjunction
// "as") keeps its party, and a role followed by its verb ("as strikers
// scuffled with police") is a clause's subject, not a capacity. "such as"
// and "as well as" list parties and are left alone.
func capacityAs(doc *annals.Doc, m *annals.Mention) bool {
	if m.Via != "context" && m.Role == "" && !strings.HasPrefix(m.Entry, "agents.txt") {
		return false // agents.txt holds the role words: "the governor of X"
	}
	toks := doc.Tokens
	j := m.Tokens.Start
	if j < len(toks) && isCapacityDet(toks[j].Norm) {
		j++ // the mention may hold its determiner: "the governor of ..."
	}
	k := m.Tokens.Start - 1
	if k >= 0 && isCapacityDet(toks[k].Norm) {
		k--
	}
	if k < 0 || toks[k].Norm != "as" {
		return false
	}
	if k >= 1 {
		switch toks[k-1].Norm {
		case "such", "well", "so", "same", "just":
			return false
		}
	}
	if e := m.Tokens.End; e < len(toks) && (toks[e].Tag.IsVerb() || toks[e].Tag == annals.MD) {
		return false // "as strikers scuffled with police": a clause
	}
	return j < m.Tokens.End
}

func isCapacityDet(w string) bool {
	switch w {
	case "the", "its", "his", "her", "their":
		return true
	}
	return false
}

// behalfOf reports whether actor mention m follows "on behalf of": "filed
// the lawsuit against Pierluisi on behalf of the Senate". The party named
// there is the one the subject acts for, never the one acted on; left in
// the sentence's actors it was taken as the target.
func behalfOf(doc *annals.Doc, m *annals.Mention) bool {
	toks := doc.Tokens
	k := m.Tokens.Start - 1
	return k >= 2 && toks[k].Norm == "of" && toks[k-1].Norm == "behalf" && (toks[k-2].Norm == "on" || toks[k-2].Norm == "in")
}
