package event

import "github.com/annals-project/annals"

// modifierSubject reports whether mention b, the first actor of an earlier
// sentence's subject, only modifies the common noun after it: "Indian
// countertrade, which is being promoted ...", "Brazil's debt". The subject
// is then that noun, not the country, and a later "they" ("the deals were
// made discreetly because they break GATT rules") stands for no actor. A
// proper noun after it ("the EC Commission") is the body's own organ.
func (sc *sentCtx) modifierSubject(b annals.Mention) bool {
	doc := sc.doc
	j := b.Tokens.End
	if j >= doc.Sentences[doc.SentenceOf(b.Tokens.Start)].Tokens.End {
		return false
	}
	switch doc.Tokens[j].Tag {
	case annals.NN, annals.NNS, annals.POS:
		return true
	}
	return false
}

// listBeforeThey returns, for a subject "they" at token p that its clause
// does not resolve, the actors of an "and" list that is the last actor
// phrase of its own sentence before it: "a dispute over U.S. access to the
// grain markets of Spain and Portugal after they joined the European
// Community". Such a list, nearer than any earlier sentence's subject, is
// what "they" stands for; nil when the last actor before the pronoun
// stands alone.
func (sc *sentCtx) listBeforeThey(p int) []int {
	doc := sc.doc
	st := doc.Sentences[sc.si]
	last := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Code == "" || m.Implied || m.Tokens.Start < st.Tokens.Start || m.Tokens.End > p {
			continue
		}
		if last < 0 || m.Tokens.End > doc.Mentions[last].Tokens.End {
			last = i
		}
	}
	if last < 0 || sc.inQuote(doc.Mentions[last].Tokens.Start) != sc.inQuote(p) {
		return nil
	}
	list := sc.listAt(last)
	if list == nil || list[len(list)-1] != last {
		return nil
	}
	group := make([]annals.Mention, 0, len(list))
	for _, mi := range list {
		group = addParty(group, doc.Mentions[mi])
	}
	if len(group) < 2 {
		return nil
	}
	return sc.groupAt(annals.Range{Start: p, End: p + 1}, group)
}
