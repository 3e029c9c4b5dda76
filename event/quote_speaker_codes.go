package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// This file finds the actor that "we" or "I" inside a direct quotation
// stands for when the quote stage's speaker carries no code of its own. A
// spokesman, an official or a minister who says "we" speaks for the body
// he serves: "'We took a very positive view of the OPEC meeting,' he
// said" after "Oil Ministry spokesman Egil Helle told Reuters" is
// Norway's government taking that view, and gold resolves the pronoun to
// it (eval/testdata/README.md: "Pronouns ... are resolved to the actor
// they refer to"). The entity layer codes a speaker only from a person
// the dictionaries name, so an unnamed "official" or a person coded by
// his office and the article's country ("a Ministry of International
// Trade and Industry (MITI) official", "Deputy Assistant Defense
// Secretary Stephen Bryen") leaves the speaker uncoded, though the actor
// layer coded the very words that name him. That code is the speaker's:
//
//  1. an actor mention inside the speaker's own words (the last one, the
//     head after its modifiers, one coded by its own words before one
//     coded by the article's country);
//  2. failing that, for a speaker the quote or entity stage resolved to a
//     named person ("he" = Egil Helle), the nearest actor mention before
//     the quotation's end that names that same person in its own words
//     (not a pronoun resolved to him, which only copies such a code).
//
// A bare country inside the speaker's words is a modifier ("the chairman
// of U.S. Wheat Associates"), never the speaker. A role coded only by the
// article's country (Via "context") is the state's only when it is a
// state body's role and no uncoded name qualifies it: "Boliden spokesman
// Goran Paulson", "TSE President Michio Takeuchi" and "an officer on
// Prudential-Bache's syndicate desk" speak for a firm the dictionaries do
// not know, whatever country the story is about; "Oil Ministry
// spokesman", "a MITI official" and "President Quett Masire" for the
// state. A minister's or an ambassador's office is the state's whatever
// names it.
//
// With annals' own dictionaries only: the guards above read annals' actor
// layer (its "context" roles), while PETRARCH's dictionaries code a
// role with no country ("---GOV") and people by name with offices held
// at other dates, so a speaker they leave uncoded is mostly no state's
// (a spot check of the Wikinews changes with them found 3 right of 20).

// speakerCode returns the code and dictionary entry of the actor that
// the uncoded speaker of quote q names, or "" when none is found.
func speakerCode(doc *annals.Doc, q *annals.Quote) (code, entry string) {
	sp := q.Speaker
	best := -1
	better := func(i int) bool {
		if best < 0 {
			return true
		}
		b, m := &doc.Mentions[best], &doc.Mentions[i]
		if (b.Via == "") != (m.Via == "") {
			return m.Via == "" // coded by its own words
		}
		return m.Tokens.End > b.Tokens.End
	}
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Implied || m.Kind != annals.ActorMention || m.Code == "" {
			continue // a pronoun's mention: the entity layer may have read it otherwise
		}
		// Within the speaker first: speakerActor, which may read the
		// words around the mention, is asked only of the few that are.
		b, e := int(doc.Tokens[m.Tokens.Start].Start), int(doc.Tokens[m.Tokens.End-1].End)
		if b < sp.Start || e > sp.End {
			continue
		}
		if !speakerActor(doc, m, sp.End) {
			continue
		}
		if better(i) {
			best = i
		}
	}
	if best >= 0 {
		return doc.Mentions[best].Code, doc.Mentions[best].Entry
	}
	if sp.Name == "" {
		return "", ""
	}
	end := max(q.End, sp.End)
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Implied || m.Entity < 0 || m.Entity >= len(doc.Entities) || int(doc.Tokens[m.Tokens.Start].Start) >= end {
			continue
		}
		if ent := &doc.Entities[m.Entity]; ent.Type != "PERSON" || !sameName(ent.Name, sp.Name) {
			continue
		}
		if !speakerActor(doc, m, int(doc.Tokens[m.Tokens.End-1].End)) {
			continue
		}
		if best < 0 || m.Tokens.Start > doc.Mentions[best].Tokens.Start {
			best = i
		}
	}
	if best >= 0 {
		return doc.Mentions[best].Code, doc.Mentions[best].Entry
	}
	return "", ""
}

// sameName reports whether two names of a person agree, one perhaps with
// a title or a first name more: "Ayatollah Ruhollah Khomeini" and
// "Ruhollah Khomeini".
func sameName(a, b string) bool {
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// speakerActor reports whether actor mention m can give a speaker's code:
// coded, no bare country, and, when coded by the article's country, a
// state body's role that no uncoded name qualifies before it or after it
// up to byte end.
func speakerActor(doc *annals.Doc, m *annals.Mention, end int) bool {
	if m.Kind != annals.ActorMention || m.Code == "" || len(m.Code) == 3 {
		return false
	}
	if m.Via == "" {
		return true
	}
	if m.Via != "context" || !stateBodyCode(m.Code) {
		return false
	}
	if strings.Contains(m.Role, "minister") || strings.Contains(m.Role, "ambassador") {
		return true // "Deputy Assistant Defense Secretary Stephen Bryen"
	}
	st := doc.Sentences[doc.SentenceOf(m.Tokens.Start)].Tokens
	if j := m.Tokens.Start - 1; j >= st.Start && uncodedName(doc, j) {
		return false // "Boliden spokesman", "TSE President"
	}
	for j := m.Tokens.End; j < st.End && int(doc.Tokens[j].End) <= end; j++ {
		if uncodedName(doc, j) {
			return false // "an officer on Prudential-Bache's syndicate desk"
		}
	}
	return true
}

// uncodedName reports whether token j is a capitalised name that no coded
// actor mention covers and that names no state body ("Ministry",
// "Department"): a firm's or a group's name the dictionaries do not know.
func uncodedName(doc *annals.Doc, j int) bool {
	t := &doc.Tokens[j]
	if t.Tag != annals.NNP && t.Tag != annals.NNPS || stateBodyNouns[t.Norm] {
		return false
	}
	switch t.Norm {
	case "office", "bureau", "embassy", "secretariat", "council", "committee", "board", "police":
		return false
	}
	for i := range doc.Mentions {
		if m := &doc.Mentions[i]; m.Kind == annals.ActorMention && m.Code != "" && m.Tokens.Start <= j && j < m.Tokens.End {
			return false
		}
	}
	return true
}
