package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// This file gives an infinitive of purpose hung on a meeting the subject
// and the party of that meeting. "A team of Nigerian officials will meet
// with Japanese creditor banks next week to seek Japanese support", "will
// meet top West German government officials to lobby for support": wire
// copy states what a delegation wants of the party it meets by the
// infinitive after the meeting, and the want is the delegation's and asked
// of the party met. The subject finder stops at the infinitive, which has
// none of its own; purposeSubject lends it the meeting's, and
// coordinatedTarget takes the party met through purposeOf as it takes the
// party of a verb joined by "and". A trip to a place ("will visit Japan
// to seek new credits", "arrived in Antananarivo to negotiate") lends
// nothing: what is sought there may be sought of anyone in the country.

// purposeVia names the source lent by purposeSubject in the evidence; the
// coder takes the party met as the target of such a source's act and
// codes none that names another party (metParty).
const purposeVia = "the meeting's purpose"

// purposeOf returns the index into doc.Verbs of the meeting verb whose
// purpose the infinitive doc.Verbs[second] ("to seek") states, with
// subject subj, or -1: the act coded for that verb and subj in this
// sentence must be a meeting with a party (meetingPattern).
func (sc *sentCtx) purposeOf(second, subj int) int {
	doc := sc.doc
	first := sc.purposeLink(&doc.Verbs[second])
	if first < 0 {
		return -1
	}
	v1 := &doc.Verbs[first]
	if sm := &doc.Mentions[subj]; sm.Tokens.End > v1.Tokens.Start {
		return -1 // the subject stands before the meeting verb
	}
	lo, hi := int(doc.Tokens[v1.Tokens.Start].Start), int(doc.Tokens[v1.Tokens.End-1].End)
	code := doc.Mentions[subj].Code
	for i := len(doc.Events) - 1; i >= 0 && doc.Events[i].Sentence == sc.si; i-- {
		e := &doc.Events[i]
		if e.Source != nil && e.Target != nil && e.Source.Code == code && e.Evidence.Start >= lo && e.Evidence.Start < hi && meetingPattern(e.Evidence.Pattern) {
			if mi, _ := sc.codedTarget(first, subj); mi < 0 || sc.placeParty(mi) {
				return -1
			}
			return first
		}
	}
	return -1
}

// meetingPattern reports whether a verb pattern ("043 meet with +") codes
// a meeting or talks with a party: root 04 but a visit or a trip (042).
func meetingPattern(p string) bool {
	return strings.HasPrefix(p, "04") && !strings.HasPrefix(p, "042")
}

// placeParty reports whether mention mi names the place of a meeting
// rather than a party to it: "gathered in central Tokyo", where the
// capital stands for its government only as the place.
func (sc *sentCtx) placeParty(mi int) bool {
	toks := sc.doc.Tokens
	i := sc.doc.Mentions[mi].Tokens.Start - 1
	for i > sc.start && (toks[i].Tag == annals.JJ || toks[i].Tag == annals.DT) {
		i--
	}
	if i < sc.start {
		return false
	}
	switch toks[i].Norm {
	case "in", "at", "to", "into", "near", "outside":
		return true
	}
	return false
}

// purposeCode reports whether an act of this code can be the purpose of a
// meeting with the party it falls on: what is asked, offered, agreed,
// discussed, given or refused (roots 02 to 14), not a statement to no one
// (01) nor force (15 to 20): "opened talks ... to try to force open the
// Japanese market" is no coercion of the party met.
func purposeCode(code string) bool {
	return len(code) >= 2 && code[:2] >= "02" && code[:2] <= "14"
}

// purposeSubject returns the subject of the meeting verb whose purpose
// infinitive vg states, when this sentence coded a meeting for it.
func (sc *sentCtx) purposeSubject(vg *annals.VerbGroup) ([]int, string) {
	first := sc.purposeLink(vg)
	if first < 0 {
		return nil, ""
	}
	v1 := &sc.doc.Verbs[first]
	subj, _ := sc.subject(v1, sc.clause(v1.Head))
	if len(subj) == 0 || sc.purposeOf(sc.verbIndex(vg), subj[0]) != first {
		return nil, ""
	}
	return subj, purposeVia
}

// metParty reports whether the targets objs that the pattern of the
// purpose infinitive vg found itself are the party met, by country or
// body ("meet with Japanese creditor banks ... to seek Japanese
// support"), and its act, of this code, one a meeting serves.
func (sc *sentCtx) metParty(vg *annals.VerbGroup, subj int, objs []int, code string) bool {
	if len(objs) == 0 || !purposeCode(code) {
		return false
	}
	first := sc.purposeOf(sc.verbIndex(vg), subj)
	if first < 0 {
		return false
	}
	mi, _ := sc.codedTarget(first, subj)
	if mi < 0 {
		return false
	}
	met, own := sc.doc.Mentions[mi].Code, sc.doc.Mentions[objs[0]].Code
	return len(met) >= 3 && len(own) >= 3 && met[:3] == own[:3]
}

// purposeLink returns the index into doc.Verbs of the verb group that the
// infinitive vg ("to seek", "to lobby") follows as its purpose, or -1:
// that verb must be active, not negated and no condition, and only its
// objects, adverbs and time words may stand between ("today and
// tomorrow"), never a comma, another conjunction or a relative word that
// would open another clause. A
// second infinitive ("to explain ... and to seek") has the first one's.
func (sc *sentCtx) purposeLink(vg *annals.VerbGroup) int {
	doc := sc.doc
	to := vg.Tokens.Start - 1
	if doc.Tokens[vg.Tokens.Start].Norm == "to" {
		to = vg.Tokens.Start
	}
	if to <= sc.start || doc.Tokens[to].Norm != "to" || vg.Negated || vg.Passive {
		return -1
	}
	if !sc.purposeEdge(to - 1) {
		return -1 // "were willing to negotiate", "talks ... on ways to end their strike": no purpose of the verb
	}
	if doc.Tokens[to-1].Norm == "and" {
		for k := to - 2; k > sc.start && k > to-16; k-- {
			if doc.Tokens[k].Norm == "to" {
				if i := sc.verbIndexAt(k + 1); i >= 0 {
					return sc.purposeLink(&doc.Verbs[i])
				}
				return -1
			}
		}
		return -1
	}
	first := sc.verbGroupBefore(to)
	if first < 0 {
		return -1
	}
	v1 := &doc.Verbs[first]
	if v1.Passive || v1.Negated || sc.inCondition(v1) {
		return -1 // "asked if he planned to visit the U.S. to attend"
	}
	for t := v1.Tokens.End; t < to; t++ {
		switch tok := &doc.Tokens[t]; {
		case tok.Tag == annals.CC && tok.Norm != "and":
			return -1 // "and" joins only parties or days here ("today and tomorrow"): a verb between would be the link
		case tok.Tag == annals.COMMA || tok.Tag == annals.WDT || tok.Tag == annals.WP || tok.Tag == annals.STOP || tok.Tag == annals.QUOTE:
			return -1
		case tok.Norm == ";" || tok.Norm == ":" || tok.Norm == "(" || dashSet.Has(tok.Norm):
			return -1
		}
	}
	return first
}

// purposeEdge reports whether token t, right before an infinitive's
// "to", can close what follows a meeting verb: the party met or a place
// (a mention or a proper noun), a time ("today and tomorrow", "next
// week") or an adverb. A common noun or an adjective there takes the
// infinitive itself ("ways to end", "willing to negotiate").
func (sc *sentCtx) purposeEdge(t int) bool {
	tok := &sc.doc.Tokens[t]
	switch {
	case tok.Tag == annals.RB || tok.Tag == annals.NNP || tok.Tag == annals.NNPS || tok.Tag.IsVerb():
		return true
	case timeWords[tok.Norm] || tok.Norm == "week" || tok.Norm == "month" || tok.Norm == "year":
		return true
	}
	for _, r := range sc.times {
		if r.Start <= t && t < r.End {
			return true
		}
	}
	for _, k := range sc.ments {
		if m := &sc.doc.Mentions[k]; m.Tokens.Start <= t && t < m.Tokens.End {
			return true
		}
	}
	return false
}

// purposeHost returns the meeting or trip verb ("will visit", "will meet")
// whose purpose the infinitive vg states past the place or party and the
// time words after it, or nil; a verb with a modal only, as infinitiveHost
// asks of the verb right before the infinitive.
func (sc *sentCtx) purposeHost(vg *annals.VerbGroup) *annals.VerbGroup {
	if !sc.own {
		return nil
	}
	first := sc.purposeLink(vg)
	if first < 0 {
		return nil
	}
	host := &sc.doc.Verbs[first]
	if host.Modal == "" || !purposeHosts[lemma(&sc.doc.Tokens[host.Head])] {
		return nil
	}
	return host
}

// verbIndex returns the index into doc.Verbs of verb group vg, or -1.
func (sc *sentCtx) verbIndex(vg *annals.VerbGroup) int {
	for i := range sc.doc.Verbs {
		if sc.doc.Verbs[i].Tokens == vg.Tokens {
			return i
		}
	}
	return -1
}

// verbIndexAt returns the index into doc.Verbs of the verb group that
// starts at token t, or -1.
func (sc *sentCtx) verbIndexAt(t int) int {
	for i := range sc.doc.Verbs {
		if sc.doc.Verbs[i].Tokens.Start == t {
			return i
		}
	}
	return -1
}
