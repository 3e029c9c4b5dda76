package event

import annals "github.com/annals-project/annals"

// placeLeft reports whether mention mi, taken as the party a traveller
// "leaves for", is not where the trip goes: the place left ("he left
// Washington for a tour of Europe": he left the United States) or a party
// met in a later clause ("would leave tomorrow for Zurich after meeting
// Stoltenberg"). The goal of "leave for" is the noun phrase right after
// a "for" within a few words of the verb; a "for" further on belongs to
// another phrase ("leaves on a visit to the United States ... for alleged
// violation").
func (sc *sentCtx) placeLeft(vg *annals.VerbGroup, mi int) bool {
	toks := sc.doc.Tokens
	at := sc.doc.Mentions[mi].Tokens.Start
	f := -1
	for k := vg.Tokens.End; k < sc.end && k < vg.Tokens.End+5; k++ {
		if toks[k].Norm == "for" {
			f = k
			break
		}
	}
	if f < 0 {
		return false
	}
	if at < f {
		return at >= vg.Tokens.End // the object of "left", before "for"
	}
	for k := f + 1; k < at; k++ {
		switch toks[k].Norm {
		case "after", "before", "while", "when", "where", ",":
			return true
		}
	}
	return false
}
