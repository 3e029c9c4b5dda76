package event

// venueOnly reports whether every mention in objs is a country or capital
// named right after "in" or "at" ("in Luxembourg", "at the Hague"): the
// venue of a meeting at a third location, which CAMEO's 044 leaves out of
// the parties. A party named after "with" or as the object is kept.
func (sc *sentCtx) venueOnly(objs []int) bool {
	toks := sc.doc.Tokens
	for _, o := range objs {
		if o < 0 || o >= len(sc.doc.Mentions) {
			return false
		}
		m := &sc.doc.Mentions[o]
		if len(m.Code) != 3 && !(len(m.Code) == 6 && m.Code[3:] == "GOV" && m.Via == "") {
			return false // a role or a body is a party, not a place
		}
		k := m.Tokens.Start - 1
		if k >= 0 && toks[k].Norm == "the" {
			k--
		}
		if k < 0 || toks[k].Norm != "in" && toks[k].Norm != "at" {
			return false
		}
	}
	return true
}
