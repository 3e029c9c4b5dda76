package event

import (
	annals "github.com/annals-project/annals"
)

// thingModifier reports whether the actor at r only modifies a thing named
// after it: "voted against the Iraq War", "a Greek Orthodox church", "the
// Puerto Rican constitution requires", "Hungarian language". A war, a
// charter, a tongue or a faith is no party, and the country that names it
// neither acts nor is acted on there. A named war is written with a
// capital ("the Iraq War"; the wire's "the Iran-Iraq war" names its foes
// and stays), and a capitalised word after the thing makes it a body's
// name ("the War Powers Act", "the Greek Orthodox Church"), which stays
// too.
func thingModifier(doc *annals.Doc, r annals.Range) bool {
	toks := doc.Tokens
	e := r.End
	if e >= len(toks) {
		return false
	}
	t := &toks[e]
	switch {
	case t.Norm == "war" || t.Norm == "wars":
		if t.Flags&annals.Cap == 0 {
			return false
		}
	case !thingSet.Has(t.Norm):
		return false
	}
	return e+1 >= len(toks) || toks[e+1].Flags&annals.Cap == 0
}

// thingNouns are what a country's or a people's name leads without making
// it a party: its charter, its tongue, its faith.
var thingNouns = map[string]bool{
	"constitution": true, "language": true, "orthodox": true,
}
