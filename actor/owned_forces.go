package actor

import "github.com/annals-project/annals"

// ownedForces codes "its forces" as the armed forces of the state the
// pronoun stands for: "Iraq said today its forces had crushed an Iranian
// attack" is Iraq's military. "forces" on its own is no role word ("market
// forces", "the forces of reform"), but owned by a state it can only mean
// that state's troops: news writes a state's "forces" for its army, navy
// and air force together. The owner must be the last actor named before
// "its" in the sentence, and a state (a country, its government or its
// military): "the rebels said their forces" or "the company and its
// forces" are not a state's, and "their" is left out, since a plural
// pronoun as often stands for several parties or for rebels as for one
// state. Mentions from first on are this sentence's, in text order; the
// new one is inserted among them.
func ownedForces(doc *annals.Doc, first, start, end int) {
	// stateOwner finds an owner only among the sentence's actor
	// mentions: a sentence without one needs no look at its words.
	owner := false
	for i := first; i < len(doc.Mentions); i++ {
		if doc.Mentions[i].Kind == annals.ActorMention {
			owner = true
			break
		}
	}
	if !owner {
		return
	}
	toks := doc.Tokens
	for k := start + 1; k < end; k++ {
		if toks[k].Norm != "forces" || toks[k-1].Norm != "its" {
			continue
		}
		span := annals.Range{Start: k, End: k + 1}
		if overlapping(doc, first, span) >= 0 {
			continue // "its armed forces": already the military
		}
		c := stateOwner(doc, first, k-1)
		if c == "" {
			continue
		}
		insertMention(doc, first, annals.Mention{
			Kind: annals.ActorMention, Tokens: span, Name: "armed force", Code: c + "MIL",
			Entity: -1, Via: "owned forces",
		})
	}
}

// stateOwner returns the country of the last actor mention ending at or
// before token p among mentions from first on, when that actor is a state
// (a bare country, or a country's government or military), else "".
func stateOwner(doc *annals.Doc, first, p int) string {
	for i := len(doc.Mentions) - 1; i >= first; i-- {
		m := &doc.Mentions[i]
		if m.Tokens.End > p {
			continue
		}
		if m.Kind != annals.ActorMention {
			return ""
		}
		c := countryOf(m.Code)
		if c == "" {
			return ""
		}
		switch m.Code[len(c):] {
		case "", "GOV", "MIL":
			return c
		}
		return ""
	}
	return ""
}
