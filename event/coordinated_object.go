package event

import (
	"fmt"
	"strings"

	"github.com/annals-project/annals"
)

// This file gives the second verb of a coordinated predicate the party of
// the first. In "France met Germany and urged it to cut rates" the two
// verbs share their subject, so the salience rule of pronoun.go (the
// subject first) excludes the only actor "it" can mean and finds none, or
// one of an earlier sentence; in "Miyazawa met with Baker and discussed
// the exchange rates" the second verb names no party at all. A second act
// told of the party just met, accused or criticised is how wire copy
// reports a meeting's outcome, and each such act is its own event.

// coordinatedObject returns the mention that object pronoun p stands for
// when p follows the second verb of "SUBJ V1 OBJ ... and V2 ... p": OBJ,
// agreeing with the pronoun in person and number. It returns nil when the
// sentence has no such shape.
func (sc *sentCtx) coordinatedObject(p, subj int) []int {
	doc := sc.doc
	word := doc.Tokens[p].Norm
	second := sc.verbGroupBefore(p)
	if second < 0 {
		return nil
	}
	mi, first := sc.firstConjunctObject(second, subj)
	if mi < 0 {
		return nil
	}
	m := &doc.Mentions[mi]
	group := []int{mi}
	switch word {
	case "him", "her":
		if m.Type != "PERSON" {
			return nil
		}
	case "it":
		if m.Type == "PERSON" || sc.personRole(m) || sc.pluralActor(m) {
			return nil
		}
	case "them":
		if l := sc.listAt(mi); l != nil {
			group = l
		} else if !sc.pluralActor(m) {
			return nil
		}
	default:
		return nil
	}
	out := make([]int, 0, len(group))
	for _, g := range group {
		out = append(out, sc.conjunctCoref(g, annals.Range{Start: p, End: p + 1}, word, first))
	}
	return out
}

// coordinatedTarget returns the target of the second verb vg of "SUBJ V1
// ... and V2 ..." whose pattern found none: the target of the act V1
// already coded for subj in this sentence ("met with Baker and discussed
// the exchange rates", "denounced EC oilseed policies ... and threatened
// to make an unfair trade complaint"). The second act of one
// subject falls on the party of the first. A pattern that takes a party
// of its own ("injured at least 50 more", "gave firms an October
// deadline", "blasted her behavior") keeps it unless its words open with
// "their" or "its" agreeing with that party ("demanded their removal",
// "supported its determination"); one that takes none (targetNone:
// "threatened to", "discussed") takes the party outright, and so does a
// cooperative act (code, roots 03-05) agreed after a meeting: "met West
// German Finance Minister Gerhard Stoltenberg ... and agreed to support
// the Louvre pact" is agreed with the one met, while "reaffirmed their
// commitment to the Louvre agreement" is the subject's own stance. slot is
// the pattern's inner slot, next the token after its match.
func (sc *sentCtx) coordinatedTarget(vg *annals.VerbGroup, subj int, slot annals.Range, next int, targetNone bool, code string) []int {
	doc := sc.doc
	named := next
	if slot.Start >= 0 {
		named = slot.Start
	}
	possessive := ""
	if !targetNone && named < sc.end && doc.Tokens[named].Tag == annals.PRPS {
		possessive = doc.Tokens[named].Norm
	}
	outright := targetNone || possessive == "their" || possessive == "its"
	second := sc.verbIndex(vg)
	if second < 0 {
		return nil
	}
	first := sc.firstConjunct(second, subj)
	if first < 0 && purposeCode(code) {
		first = sc.purposeOf(second, subj) // "meet Japanese banks to seek support"
	}
	if first < 0 {
		return nil
	}
	mi, firstCode := sc.codedTarget(first, subj)
	if mi < 0 {
		return nil
	}
	if !outright && !(strings.HasPrefix(firstCode, "04") && code >= "03" && code < "06" && sc.agreeing(vg)) {
		return nil // "his", "her": most often the subject's own
	}
	switch m := &doc.Mentions[mi]; possessive {
	case "their":
		if sc.listAt(mi) == nil && !sc.pluralActor(m) {
			return nil
		}
	case "its":
		if m.Type == "PERSON" || sc.personRole(m) || sc.pluralActor(m) {
			return nil
		}
	}
	return []int{sc.conjunctCoref(mi, doc.Mentions[mi].Tokens, "target", first)}
}

// codedTarget returns the mention of the target of an event the sentence
// already has for verb doc.Verbs[first] with the actor of mention src as its
// source, and that event's code; -1 when there is none.
func (sc *sentCtx) codedTarget(first, src int) (int, string) {
	doc := sc.doc
	v1 := &doc.Verbs[first]
	lo, hi := int(doc.Tokens[v1.Tokens.Start].Start), int(doc.Tokens[v1.Tokens.End-1].End)
	s := &doc.Mentions[src]
	for i := len(doc.Events) - 1; i >= 0 && doc.Events[i].Sentence == sc.si; i-- {
		e := &doc.Events[i]
		if e.Source == nil || e.Target == nil || e.Source.Code != s.Code || e.Evidence.Start < lo || e.Evidence.Start >= hi {
			continue
		}
		for _, k := range sc.ments {
			if m := &doc.Mentions[k]; int(doc.Tokens[m.Tokens.Start].Start) == e.Target.Start && m.Code == e.Target.Code && !sc.sameActor(k, src) {
				return k, e.Code
			}
		}
	}
	return -1, ""
}

// conjunctCoref adds an implied mention of the actor of mention g at r and
// the evidence note that says it is the party of the first verb.
func (sc *sentCtx) conjunctCoref(g int, r annals.Range, word string, first int) int {
	doc := sc.doc
	b := doc.Mentions[g]
	text, _, _ := doc.Span(b.Tokens)
	mi := corefTo(doc, b, r)
	note := fmt.Sprintf("%s = %s, the party of %q before \"and\": one subject's two verbs", word, text, doc.Tokens[doc.Verbs[first].Head].Norm)
	sc.corefs = append(sc.corefs, corefNote{mi, note})
	return mi
}

// firstConjunctObject returns, for the verb group doc.Verbs[second] joined
// by "and" to the predicate before it (firstConjunct), the actor standing
// right after that predicate's verb (or after its "with") and the index of
// that verb; -1 and -1 when there is none or it is the subject itself.
func (sc *sentCtx) firstConjunctObject(second, subj int) (mi, first int) {
	doc := sc.doc
	first = sc.firstConjunct(second, subj)
	if first < 0 {
		return -1, -1
	}
	and := sc.andBefore(doc.Verbs[second].Tokens.Start)
	obj := doc.Verbs[first].Tokens.End
	if obj < and && doc.Tokens[obj].Norm == "with" {
		obj++ // "met with Brazilian officials"
	}
	mi = -1
	for _, k := range sc.ments {
		if m := &doc.Mentions[k]; m.Tokens.Start == obj || m.Tokens.Start == obj+1 && doc.Tokens[obj].Tag == annals.DT {
			mi = k
			break
		}
	}
	if mi < 0 || doc.Mentions[mi].Tokens.End > and || sc.sameActor(mi, subj) {
		return -1, -1
	}
	return mi, first
}

// firstConjunct returns the index into doc.Verbs of the verb of the
// predicate that "and" joins doc.Verbs[second] to, sharing subject subj,
// or -1: also when the first verb is passive or negated, or a finite verb
// stands between the two.
func (sc *sentCtx) firstConjunct(second, subj int) int {
	doc := sc.doc
	and := sc.andBefore(doc.Verbs[second].Tokens.Start)
	if and < 0 {
		return -1
	}
	first := sc.verbGroupBefore(and)
	if first < 0 {
		return -1
	}
	v1 := &doc.Verbs[first]
	if v1.Passive || v1.Negated {
		return -1
	}
	// No finite verb between the two conjuncts: "accused Japan of
	// reneging ... and threatened" keeps its gerunds, "met Germany, which
	// said ..., and urged it" is another shape.
	for i := first + 1; i < second; i++ {
		if h := &doc.Tokens[doc.Verbs[i].Head]; h.Tag != annals.VBG {
			return -1
		}
	}
	if sm := &doc.Mentions[subj]; sm.Tokens.End > v1.Tokens.Start {
		return -1 // the shared subject stands before the first verb
	}
	return first
}

// agreeing reports whether verb group vg is a form of "agree" ("agreed
// to support", "have agreed"): an agreement is made with someone.
func (sc *sentCtx) agreeing(vg *annals.VerbGroup) bool {
	for t := vg.Tokens.Start; t < vg.Tokens.End; t++ {
		if lemma(&sc.doc.Tokens[t]) == "agree" {
			return true
		}
	}
	return false
}

// verbGroupBefore returns the index into doc.Verbs of the last verb group
// of the sentence that starts before token t, or -1.
func (sc *sentCtx) verbGroupBefore(t int) int {
	best := -1
	for i := range sc.doc.Verbs {
		vg := &sc.doc.Verbs[i]
		if vg.Tokens.Start < sc.start || vg.Tokens.Start >= t {
			continue
		}
		if best < 0 || vg.Tokens.Start > sc.doc.Verbs[best].Tokens.Start {
			best = i
		}
	}
	return best
}

// andBefore returns the token of the "and" that joins a verb group starting
// at t to the predicate before it ("and urged", ", and also warned"), or
// -1: only adverbs and a comma may stand between.
func (sc *sentCtx) andBefore(t int) int {
	for k := t - 1; k > sc.start; k-- {
		switch tok := &sc.doc.Tokens[k]; {
		case tok.Norm == "and" && tok.Tag == annals.CC:
			return k
		case tok.Tag == annals.RB:
		default:
			return -1
		}
	}
	return -1
}
