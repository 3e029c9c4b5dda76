package event

import (
	"fmt"

	"github.com/annals-project/annals"
)

// This file resolves a "he" or "she" subject that the entity layer left
// unresolved because its antecedent is no named person but a role: "The
// official said the yen's rise has hit Japan hard ... He said the U.S.
// Administration was ignoring the progress". News writing introduces an
// unnamed source by its office ("a senior Japanese official", "the
// spokesman") and then goes on with "he" or "she"; the entity layer links
// pronouns to people only, so such a pronoun is left bare and its act has
// no source. The pronoun stands for the last one person named before it,
// when that one is a singular role the dictionaries coded: the person is
// the role, and gold resolves the pronoun to it (eval/testdata/README.md:
// "Pronouns and 'the minister' are resolved to the actor they refer to").
//
// Only when the last person-like actor before the pronoun is that role: a
// named person nearer to the pronoun is the entity layer's to take or
// leave (a gender it ruled out, a quote), and so is a person named
// between them whom no dictionary codes ("de Graaf discusses why he
// joined"), and a plural ("officials") or a
// body ("the ministry") is no "he". Within the pronoun's sentence and the
// four before it, as far as the entity layer looks back for a person
// (entity.pronounReach): wire copy gives each sentence a paragraph of its
// own, so "he said" goes on across paragraph breaks. Never from inside a
// quotation to a pronoun outside one.

// rolePronounReach is how many sentences back the role may stand.
const rolePronounReach = 4

// rolePronoun resolves the "he" or "she" at token p to an implied mention
// of the singular role actor it stands for, noted for the evidence, or
// returns nil.
func (sc *sentCtx) rolePronoun(p int) []int {
	doc := sc.doc
	t := &doc.Tokens[p]
	if t.Tag != annals.PRP || t.Norm != "he" && t.Norm != "she" {
		return nil
	}
	for i := range doc.Mentions {
		if m := &doc.Mentions[i]; m.Kind == annals.ActorMention && m.Tokens.Start <= p && p < m.Tokens.End {
			return nil // the entity layer resolved it
		}
	}
	si := doc.SentenceOf(p)
	quoted := sc.inQuote(p)
	best := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Code == "" || m.Tokens.End > p {
			continue
		}
		s := doc.SentenceOf(m.Tokens.Start)
		if s < si-rolePronounReach || doc.Sentences[s].Title {
			continue
		}
		if !quoted && sc.inQuote(m.Tokens.Start) {
			continue
		}
		if !sc.personLike(m) {
			continue
		}
		if best < 0 || m.Tokens.Start > doc.Mentions[best].Tokens.Start {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	b := doc.Mentions[best]
	bs := doc.SentenceOf(b.Tokens.Start)
	if b.Type == "PERSON" || b.Implied || b.Entity >= 0 || !sc.personRole(&b) || sc.pluralActor(&b) {
		return nil // a named person, or no single role
	}
	if sc.personBetween(b.Tokens.End, p) {
		return nil
	}
	mi := corefTo(doc, b, annals.Range{Start: p, End: p + 1})
	text, _, _ := doc.Span(b.Tokens)
	sc.corefs = append(sc.corefs, corefNote{mi, fmt.Sprintf("%s = %s (sentence %d)", t.Norm, text, bs)})
	return []int{mi}
}

// personLike reports whether actor mention m names a person: a named or
// resolved person, or one by a role ("the official", "officials").
func (sc *sentCtx) personLike(m *annals.Mention) bool {
	return m.Type == "PERSON" || m.Entity >= 0 || sc.personRole(m)
}

// personBetween reports whether a person stands between token from and
// the pronoun at token p: a mention of a person entity, or a proper noun
// of the pronoun's own sentence that no actor mention covers ("Lusk
// discussed why she joined").
func (sc *sentCtx) personBetween(from, p int) bool {
	doc := sc.doc
	lo, hi := int(doc.Tokens[from-1].End), int(doc.Tokens[p].Start)
	for i := range doc.Entities {
		if doc.Entities[i].Type != "PERSON" {
			continue
		}
		for _, r := range doc.Entities[i].Mentions {
			if r[0] >= lo && r[1] <= hi {
				return true
			}
		}
	}
	st := doc.Sentences[doc.SentenceOf(p)]
	for j := max(from, st.Tokens.Start); j < p; j++ {
		if doc.Tokens[j].Tag != annals.NNP {
			continue
		}
		covered := false
		for k := range doc.Mentions {
			if m := &doc.Mentions[k]; m.Tokens.Start <= j && j < m.Tokens.End {
				covered = true
				break
			}
		}
		if !covered {
			return true
		}
	}
	return false
}
