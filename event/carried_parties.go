package event

import (
	"slices"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
)

// This file carries parties named in an earlier sentence to a later one
// that refers to them by a definite plural noun: "the two presidents",
// "the two officials". Reuters gives each sentence a paragraph of its own
// and often sets a quotation between the naming and the reference:
//
//	Garcia and Mexican President Miguel de la Madrid issued a joint
//	declaration ... "We affirm the sovereignty ...," it said.
//	The two presidents also signed a variety of agreements ...
//
// so "the two" looks up to two sentences further back, to the nearest one
// naming an actor, when neither its own sentence nor the one before names
// any; there the two must be named as a pair ("X and Y"). The count rule
// of twoBefore stands: exactly two parties or none, so that a sentence
// naming three, or firms, stays silent.
//
// A subject "the ministers", "the delegates" or "the delegation" likewise
// stands for the one group the same noun was attached to in the sentence
// before or the one before that ("Foreign Ministers of ASEAN ... The
// ministers are due to start talks"), and is silent when two compete.
//
// Both run only behind cheap token tests (a "the two" that found nothing,
// a "the <role noun>" subject with no code), so their scans of the
// mention list cost nothing on ordinary sentences.

// twoMore reports whether w, after "the two", names the two people or
// parties just mentioned, beside the words of twoNouns: "the two
// presidents", "the two officials", "the two premiers".
func twoMore(w string) bool {
	switch w {
	case "presidents", "officials", "premiers", "chancellors", "envoys", "negotiators", "heads", "neighbours", "neighbors", "states":
		return true
	}
	return false
}

// twoFurther returns the two parties of the nearest earlier sentence
// that names any actor, when the phrase at token p found none from token
// lo on: it looks back at most two sentences before lo's (bounded, so a
// long article costs no more per sentence), and takes exactly two distinct
// countries or bodies other than root ex, none of them a firm or a person
// of no role, and joined as one pair (joinedPair), else nil.
func (sc *sentCtx) twoFurther(p, lo int, ex string) []int {
	doc := sc.doc
	if sc.inQuote(p) {
		return nil
	}
	first := doc.SentenceOf(lo) - 1
	for s := first; s >= 0 && s >= first-1; s-- {
		if doc.Sentences[s].Title {
			return nil
		}
		st := doc.Sentences[s].Tokens
		var picked []int
		var roots []string
		seen := false
		for mi := range doc.Mentions {
			m := &doc.Mentions[mi]
			if m.Kind != annals.ActorMention || m.Tokens.Start < st.Start || m.Tokens.End > st.End || len(m.Code) < 3 || m.Implied && !sc.namedAgain(m) {
				continue
			}
			seen = true
			if sc.inQuote(m.Tokens.Start) {
				continue
			}
			root := m.Code[:3]
			if root == "IGO" || root == "NGO" || root == "IMG" {
				root = m.Code
			} else if len(m.Code) >= 6 && (m.Code[3:6] == "BUS" || m.Code[3:6] == "CVL") {
				return nil
			}
			if root == ex || slices.Contains(roots, root) {
				continue
			}
			roots = append(roots, root)
			picked = append(picked, mi)
		}
		if !seen {
			continue
		}
		if len(picked) != 2 || !sc.joinedPair(picked[0], picked[1]) {
			return nil
		}
		return picked
	}
	return nil
}

// joinedPair reports whether mentions a and b, in either order, are joined by "and"
// alone ("Garcia and Mexican President Miguel de la Madrid issued"): two
// parties acting together, which a later "the two" takes up. Two actors
// named apart ("Officials said ... with the help of the World Bank") are
// no pair.
func (sc *sentCtx) joinedPair(a, b int) bool {
	doc := sc.doc
	ma, mb := &doc.Mentions[a], &doc.Mentions[b]
	if mb.Tokens.Start < ma.Tokens.Start {
		ma, mb = mb, ma // entity/ appends its names after the actor layer's
	}
	and := false
	for t := ma.Tokens.End; t < mb.Tokens.Start; t++ {
		switch tok := &doc.Tokens[t]; {
		case tok.Norm == "and" && !and:
			and = true
		case tok.Tag == annals.DT:
		default:
			return false
		}
	}
	return and
}

// namedAgain reports whether implied mention m is a person named again
// by a name of its own ("Garcia" after "President Alan Garcia"), which
// entity/ links back: a party as good as the full name, unlike a pronoun.
func (sc *sentCtx) namedAgain(m *annals.Mention) bool {
	if m.Type != "PERSON" || !strings.HasPrefix(m.Entry, "coref:") {
		return false
	}
	t := sc.doc.Tokens[m.Tokens.Start].Tag
	return t == annals.NNP || t == annals.NNPS
}

// groupRoleNouns are plural role nouns (and "delegation") that a definite
// article turns into a reference to the group named just before: "Foreign
// Ministers of ASEAN said ... The ministers are due to start talks".
var groupRoleNouns = map[string]bool{
	"ministers": true, "delegates": true, "negotiators": true, "envoys": true, "diplomats": true,
	"delegation": true, "delegations": true, "leaders": true,
}

// roleSource resolves a subject "the ministers", "the delegates" or
// "the delegation" of vg, a phrase no dictionary codes, to the one actor
// the same noun was attached to in the sentence before or the one before
// that ("Foreign Ministers of the Association of South-east Asian Nations
// (ASEAN)", "EC farm ministers", "a Soviet delegation"). It stays silent
// when that sentence attaches the noun to two actors of different codes,
// or when the phrase has words of its own ("the Japanese ministers" is
// the actor layer's).
func (sc *sentCtx) roleSource(vg *annals.VerbGroup, ci int) ([]int, string) {
	doc := sc.doc
	toks := doc.Tokens
	p := vg.Tokens.Start - 1
	for p > sc.start && toks[p].Tag == annals.RB {
		p-- // "the ministers later agreed"
	}
	if p-1 < sc.start || !groupRoleFilter.May(toks[p].Norm) || !groupRoleNouns[toks[p].Norm] || toks[p-1].Norm != "the" {
		return nil, ""
	}
	if ci >= 0 && sc.clause(p) != ci {
		return nil, ""
	}
	if d := p - 2; d >= sc.start {
		switch toks[d].Norm {
		case ",", "and", "that", "but", "when", "after", "as", "while", "since", "because":
		default:
			return nil, "" // "talks with the ministers", "one of the delegates"
		}
	}
	if e := vg.Tokens.End; e < sc.end {
		switch toks[e].Norm {
		case "as", "while", "when", "because", "after", "before", "since", "until", ",", ".", ";":
			// "The diplomats were meeting as Tokyo announced": a verb
			// with nothing after it would take its partner from another
			// clause.
			return nil, ""
		}
	}
	quoted := sc.inQuote(p)
	for s := sc.si - 1; s >= 0 && s >= sc.si-2; s-- {
		if doc.Sentences[s].Title {
			break
		}
		st := doc.Sentences[s].Tokens
		best := -1
		for mi := range doc.Mentions {
			m := &doc.Mentions[mi]
			if m.Kind != annals.ActorMention || m.Code == "" || m.Implied || m.Tokens.Start < st.Start || m.Tokens.End > st.End {
				continue
			}
			if sc.inQuote(m.Tokens.Start) != quoted || !sc.roleAttached(m, toks[p].Norm, st) {
				continue
			}
			if best >= 0 && doc.Mentions[best].Code != m.Code {
				return nil, "" // two groups compete
			}
			if best < 0 {
				best = mi
			}
		}
		if best < 0 {
			continue
		}
		b := doc.Mentions[best]
		nm := corefTo(doc, b, annals.Range{Start: p - 1, End: p + 1})
		text, _, _ := doc.Span(b.Tokens)
		sc.corefs = append(sc.corefs, corefNote{nm, "the " + toks[p].Norm + " = " + text + " (sentence " + strconv.Itoa(s) + ")"})
		return []int{nm}, "coref"
	}
	return nil, ""
}

// roleAttached reports whether actor mention m, inside sentence tokens st,
// names whose the role noun w is: w ends the mention ("EC farm
// ministers"), follows it after at most two modifiers ("EC agriculture
// ministers", "a Soviet trade delegation"), or governs it by "of" or
// "from" ("Foreign Ministers of the ASEAN", "delegates from Japan").
func (sc *sentCtx) roleAttached(m *annals.Mention, w string, st annals.Range) bool {
	toks := sc.doc.Tokens
	if toks[m.Tokens.End-1].Norm == w {
		return true
	}
	for j := m.Tokens.End; j < st.End && j <= m.Tokens.End+2; j++ {
		if toks[j].Norm == w {
			return true
		}
		if tg := toks[j].Tag; tg != annals.NN && tg != annals.JJ && tg != annals.NNP {
			break
		}
	}
	j := m.Tokens.Start - 1
	if j > st.Start && toks[j].Norm == "(" {
		// "Foreign Ministers of the Association of South-east Asian
		// Nations (ASEAN)": the name before the brackets, coded only by
		// its short form, is what "of" governs.
		for j--; j > st.Start && m.Tokens.Start-j < 12; j-- {
			if t := &toks[j]; t.Tag == annals.COMMA || t.Tag.IsVerb() || t.Norm == w {
				break
			}
			if toks[j-1].Norm == w && (toks[j].Norm == "of" || toks[j].Norm == "from") {
				return true
			}
		}
		return false
	}
	if j > st.Start && toks[j].Tag == annals.DT {
		j--
	}
	return j > st.Start && (toks[j].Norm == "of" || toks[j].Norm == "from") && toks[j-1].Norm == w
}

// roleOverContext replaces a subject "the delegation" or "the
// ministers" that the actor layer coded only by the article's country
// with the group the noun refers back to (roleSource), when there is
// one: in "A Soviet trade delegation arrived in Tokyo ... The delegation
// signed", the delegation is Soviet, not the story's Japan. Otherwise it
// returns subj unchanged.
func (sc *sentCtx) roleOverContext(subj []int, via string, vg *annals.VerbGroup, ci int) ([]int, string) {
	if len(subj) != 1 {
		return subj, via
	}
	m := &sc.doc.Mentions[subj[0]]
	toks := sc.doc.Tokens
	if m.Via != "context" || m.Tokens.Len() != 2 || toks[m.Tokens.Start].Norm != "the" || !groupRoleNouns[toks[m.Tokens.End-1].Norm] {
		return subj, via
	}
	if r, v := sc.roleSource(vg, ci); r != nil {
		return r, v
	}
	return subj, via
}
