package event

import "github.com/annals-project/annals"

// objectAntecedent resolves an object "them" that no subject antecedent
// takes (pronounAntecedent looks only at the subjects of the sentence and
// the one before) to the nearest group named before it in its sentence or
// the sentence before within the paragraph, an object as often as not:
// "had written to Norway's oil companies and would now discuss with them".
// The group stands whole (not "U.S. officials"' U.S.), is not the verb's
// own subject ("X criticised them" cannot be X), agrees in number (a
// plural or a list), lies on the pronoun's side of any quotation, and no
// plural noun that is no fitting actor stands between it and the pronoun
// ("wrote to the companies about quotas. It urged them"). It returns the
// implied mentions at p, or nil.
func (sc *sentCtx) objectAntecedent(p, subj int) []int {
	doc := sc.doc
	if doc.Tokens[p].Norm != "them" {
		return nil
	}
	st := doc.Sentences[sc.si]
	lo := st.Tokens.Start
	if prev := sc.si - 1; prev >= 0 && doc.Sentences[prev].Para == st.Para && !doc.Sentences[prev].Title {
		lo = doc.Sentences[prev].Tokens.Start
	}
	quoted := sc.inQuote(p)
	best := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Code == "" || m.Implied || m.Tokens.Start < lo || m.Tokens.End > p {
			continue
		}
		if best >= 0 && m.Tokens.Start <= doc.Mentions[best].Tokens.Start {
			continue
		}
		if sc.inQuote(m.Tokens.Start) != quoted || sc.sameActor(i, subj) || !sc.whole(i) {
			continue
		}
		if sc.listAt(i) == nil && !sc.groupFor(m, subj) {
			continue
		}
		best = i
	}
	if best < 0 || sc.pluralBetween(doc.Mentions[best].Tokens.End, p, subj) {
		return nil
	}
	group := []int{best}
	if l := sc.listAt(best); l != nil {
		group = l
	}
	for _, g := range group {
		if sc.sameActor(g, subj) {
			return nil // "Japan and the U.S. ... Japan urged them": the list holds the subject
		}
	}
	return sc.corefGroup(group, best, p, "them", ", an object")
}

// groupFor reports whether mention m names a group that "them" can stand
// for: a plural, people named by their role among them ("representatives
// of Japan's companies"), which agrees refuses since a singular role is one
// person. A role coded only by the article's country ("the officials")
// counts only when its code differs from the subject's: the country's
// own default code is too weak a guess ("The officials told Reuters MITI
// asked them": trading-house officials, not MITI's government).
func (sc *sentCtx) groupFor(m *annals.Mention, subj int) bool {
	if m.Type == "PERSON" || m.Via != "" && m.Code == sc.doc.Mentions[subj].Code {
		return false
	}
	return sc.pluralActor(m)
}

// pluralBetween reports whether a plural noun stands in tokens [from, to)
// outside every actor mention that groupFor could take: a group the
// pronoun may mean that is no fitting actor.
func (sc *sentCtx) pluralBetween(from, to, subj int) bool {
	doc := sc.doc
	for j := from; j < to; j++ {
		if t := doc.Tokens[j].Tag; t != annals.NNS && t != annals.NNPS {
			continue
		}
		named := false
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			if m.Kind == annals.ActorMention && m.Code != "" && m.Tokens.Start <= j && j < m.Tokens.End && (m.Via == "" || m.Code != sc.doc.Mentions[subj].Code) {
				named = true
				break
			}
		}
		if !named {
			return true
		}
	}
	return false
}
