package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// pairAccordNouns are the nouns of an accord between states that a
// hyphenated pair of parties may name: "the U.S.-Japan pact", "a
// Sino-British agreement". "Deal" and "contract" are left out: in wire
// news "the Fairchild-Fujitsu deal" is a merger of firms.
//
// pairAccordNoun is asked of every noun codeNouns reads, so the set is
// a switch, not a map.
func pairAccordNoun(w string) bool {
	switch w {
	case "agreement", "accord", "pact", "treaty":
		return true
	}
	return false
}

// madeParticiples, right after an accord noun, report it made: "the
// Canadian-U.S. pact, signed by two sides two weeks ago".
var madeParticiples = map[string]bool{
	"signed": true, "reached": true, "concluded": true, "initialled": true, "initialed": true,
	"agreed": true, "struck": true, "hammered": true,
}

// codePairAccord codes an accord named by a noun whose parties are a
// hyphenated pair of states before it ("a 1986 U.S.-Japan pact on
// microchip trade", "The Canadian-U.S. pact, signed by two sides two
// weeks ago") as 057 both ways, when the phrase reports the accord as
// made: a year, a month or "recent" opens the phrase, telling when it
// was made, or a participle of making ("signed", "reached") follows the
// noun. A bare "the U.S.-Japanese semiconductor agreement" only names a
// pact in force, which the gold leaves uncoded ("violations of the
// U.S.-Japanese semiconductor agreement"), as it leaves "its pact with
// the United States" (pronounOwner). It reports whether it coded.
func (c *Coder) codePairAccord(sc *sentCtx, t int, venue *annals.Place) bool {
	toks := sc.doc.Tokens
	if !sc.own || !pairAccordNoun(lemma(&toks[t])) || sc.prospectBefore(t) {
		return false
	}
	switch toks[t].Tag {
	case annals.NN, annals.NNS, annals.VB, annals.VBP, annals.VBZ:
		// "the recent U.S.-British accord": a verb reading of the noun
		// after the modifiers of its phrase is the noun still.
	default:
		return false
	}
	// The hyphenated pair stands among the few modifiers before the
	// noun: "U.S.-Japan micro chip trade pact".
	k := t - 1
	for n := 0; k > sc.start && n < 3 && toks[k].Flags&annals.Hyphen == 0; n++ {
		if tg := toks[k].Tag; tg != annals.NN && tg != annals.NNS && tg != annals.JJ && tg != annals.VBG {
			return false
		}
		k--
	}
	if k < sc.start || toks[k].Flags&annals.Hyphen == 0 {
		return false
	}
	two := sc.hyphenPair(k)
	if two == nil || !(sc.datedOpening(k) || madeAfter(toks, t, sc.end)) {
		return false
	}
	ci := sc.clause(t)
	limit := min(sc.clauseRange(ci).End, sc.end)
	for _, id := range c.dict.NounsFor(lemma(&toks[t])) {
		v := &c.dict.Verbs[id]
		if f := strings.Fields(v.Pattern); v.Code != "057" || len(f) < 2 || f[1] != "between" {
			continue // the accord "between" two parties: the pair made it together
		}
		vg := &annals.VerbGroup{Tokens: annals.Range{Start: t, End: t + 1}, Head: t, Clause: ci}
		if sc.nounFuture(t, limit) {
			vg.Tense = annals.Future
		}
		c.emit(sc, vg, v, two, two, "", []string{"event named by a noun", "a dated or signed accord of the hyphenated pair before it"}, venue)
		return true
	}
	return false
}

// hyphenPair returns the two mentions inside the hyphenated token k when
// they are two states or international bodies of different codes ("U.S.-
// Japan", "EC-Comecon"), and nil otherwise: firms ("Dixon-Cyclops") and a
// place inside a state's own name are no pair of parties.
func (sc *sentCtx) hyphenPair(k int) []int {
	var two []int
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start != k || m.Part.End == 0 {
			continue
		}
		if len(m.Code) < 3 || len(m.Code) >= 6 && privateRole(m.Code[3:6]) {
			return nil
		}
		two = append(two, mi)
	}
	if len(two) != 2 {
		return nil
	}
	a, b := sc.doc.Mentions[two[0]].Code, sc.doc.Mentions[two[1]].Code
	if a[:3] == b[:3] && !stateless(a) {
		return nil
	}
	if a == b {
		return nil
	}
	return two
}

// datedOpening reports whether the words before token k, within its noun
// phrase, date the thing it names: a year ("a 1986 U.S.-Japan pact"), a
// month ("the July 1986 U.S.-Japanese semiconductor pact") or "recent".
// The search stops at the phrase's determiner, so a year in a phrase of
// its own ("Since 1978 the U.S.-EURATOM accords have been extended") is
// no date of the accord.
func (sc *sentCtx) datedOpening(k int) bool {
	toks := sc.doc.Tokens
	for j, n := k-1, 0; j >= sc.start && n < 3; j, n = j-1, n+1 {
		w := toks[j].Norm
		switch {
		case toks[j].Tag == annals.CD && len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")):
			return true
		case w == "recent" || timeWords[w] && toks[j].Flags&annals.Cap != 0 && w != "may":
			return true
		case toks[j].Tag == annals.JJ || toks[j].Tag == annals.CD || toks[j].Tag == annals.NNP:
			continue
		}
		return false // the determiner opens the phrase: "Since 1978 the U.S.-EURATOM accords" dates no making
	}
	return false
}

// madeAfter reports whether a participle of making follows the accord
// noun at token t, right after it or after a comma: "the pact signed
// last year", "the pact, signed by two sides".
func madeAfter(toks []annals.Token, t, end int) bool {
	j := t + 1
	if j < end && toks[j].Tag == annals.COMMA {
		j++
	}
	if j >= end || !madeParticiples[toks[j].Norm] {
		return false
	}
	tg := toks[j].Tag
	return tg == annals.VBN || tg == annals.VBD
}
