package event

// possessorOutsidePhrase returns the person "his" or "her" at token p
// refers to when persons of several countries stand before it, or -1: of
// those, the ones after a preposition ("after talks with Chancellor
// Helmut Kohl") are set aside, and the rest must all be of one country;
// the last of them is taken. "Thatcher left Bonn after talks with
// Chancellor Helmut Kohl ahead of her visit to Moscow": the visit is
// Thatcher's, the subject's, not that of the partner named in the phrase.
// Two persons outside phrases ("Reagan told Nakasone of his plan") stay
// unresolved.
func (sc *sentCtx) possessorOutsidePhrase(p int) int {
	doc := sc.doc
	best := -1
	for _, mi := range sc.ments {
		m := &doc.Mentions[mi]
		if m.Tokens.End > p || len(m.Code) < 3 || m.Type != "PERSON" && !sc.personRole(m) || sc.precededByPrep(m) {
			continue
		}
		if best >= 0 && doc.Mentions[best].Code[:3] != m.Code[:3] {
			return -1
		}
		best = mi
	}
	return best
}
