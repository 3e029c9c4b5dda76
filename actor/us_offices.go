package actor

import "github.com/annals-project/annals"

// usDepartments are the words that name a United States executive
// department before "Department" in wire copy. The wire calls other
// states' bodies ministries ("the Agriculture Ministry"), so "Agriculture
// Department officials" with no country named are Washington's, whatever
// country the story is about.
var usDepartments = map[string]bool{
	"commerce": true, "agriculture": true, "state": true, "defense": true,
	"treasury": true, "energy": true, "labor": true, "interior": true,
	"justice": true, "transportation": true,
}

// washingtonOffice reports whether the bare role word of mention m (one
// the story's country would otherwise take) holds an office the wire gives
// only the United States: a "trade representative" (the cabinet office of
// Washington's trade negotiator: "Deputy trade representative Michael
// Smith met Agriculture minister Ernesto Figuerras"), or an official of a
// capitalised executive department named right before it ("Commerce
// officials would not say", "a Commerce department official said",
// "Agriculture Department officials"). A capitalised word before the
// department ("Indian Commerce officials", "the Taiwan Commerce
// Department") may name another state, and the words are then left to the
// story's country; "U.S." is the one such word allowed.
func washingtonOffice(doc *annals.Doc, m *annals.Mention) bool {
	if m.Code != "GOV" {
		return false
	}
	toks := doc.Tokens
	for k := m.Tokens.Start; k+1 < m.Tokens.End; k++ {
		if toks[k].Norm == "trade" && toks[k+1].Norm == "representative" {
			return true
		}
	}
	si := doc.SentenceOf(m.Tokens.Start)
	if si < 0 {
		return false
	}
	start := doc.Sentences[si].Tokens.Start
	k := m.Tokens.Start - 1
	if k < start {
		return false
	}
	dept := toks[k].Norm == "department"
	if dept {
		k--
		if k < start || !usDepartments[toks[k].Norm] || toks[k].Flags&annals.Cap == 0 {
			return false
		}
	} else if toks[k].Norm != "commerce" || toks[k].Flags&annals.Cap == 0 {
		// Only "Commerce" stands for its department without the word
		// "Department": "Treasury officials" are London's as often.
		return false
	}
	if k == start {
		return true
	}
	p := &toks[k-1]
	return p.Flags&annals.Cap == 0 || p.Norm == "u.s." || k-1 == start && (p.Norm == "the" || p.Norm == "a")
}
