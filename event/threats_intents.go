package event

import (
	"fmt"
	"strings"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// codeThreatened codes the threat itself when the act threatened has no
// pattern of its own: "Thatcher threatened to block Japanese financial
// firms from London" threatens the firms, whatever blocking them from a
// city is. The act is only threatened, so it is coded with the patterns
// of "threaten" at that word (root 13), never as the act. It reports
// whether a pattern settled the verb group; only for annals' own
// dictionaries.
func (c *Coder) codeThreatened(sc *sentCtx, vg *annals.VerbGroup, venue *annals.Place) bool {
	if !sc.own || vg.Modal != "threaten to" || !sc.namedAfter(vg) {
		return false
	}
	for i := vg.Tokens.Start; i < vg.Head; i++ {
		if t := &sc.doc.Tokens[i]; lemma(t) == "threaten" && i+1 < vg.Head && sc.doc.Tokens[i+1].Tag == annals.TO {
			if ids := c.dict.VerbsFor("threaten"); len(ids) > 0 {
				return c.codeAt(sc, vg, i, ids, venue)
			}
		}
	}
	return false
}

// namedAfter reports whether the first actor after vg's head in its
// clause is named by a capitalised word ("Japanese financial firms",
// "European Community spending plans"): a bare "the bank" after a threat
// is too often a body the dictionaries take for another.
func (sc *sentCtx) namedAfter(vg *annals.VerbGroup) bool {
	end := sc.end
	if cr := sc.clauseRange(sc.clause(vg.Head)); cr.End < end {
		end = cr.End
	}
	for _, mi := range sc.ments {
		m := &sc.doc.Mentions[mi]
		if m.Tokens.Start <= vg.Head || m.Implied {
			continue
		}
		if m.Tokens.Start >= end {
			return false
		}
		for j := m.Tokens.Start; j < m.Tokens.End; j++ {
			if sc.doc.Tokens[j].Flags&annals.Cap != 0 {
				return true
			}
		}
		return false
	}
	return false
}

// speakerCountry resolves "his country" or "her nation" as the subject of
// a clause reported by a speech verb to the speaker's own country: in
// "Canada's Joe Clark said his country will provide aid to Fiji" the
// provider is Canada, which no dictionary names in the clause. Only the
// clause right after "said" or "said that" counts, the speaker must be a
// single named actor of a state, and "his country's firms" is not the
// country itself. It returns the new mention and "coref", or nil.
func (sc *sentCtx) speakerCountry(vg *annals.VerbGroup) ([]int, string) {
	for n := 0; n < 3; n++ {
		host := sc.infinitiveHost(vg) // "his country has agreed to lend"
		if host == nil {
			break
		}
		vg = host
	}
	doc := sc.doc
	toks := doc.Tokens
	p := vg.Tokens.Start - 1
	for p > sc.start && toks[p].Tag == annals.RB {
		p-- // "his country also agreed"
	}
	if p-2 < sc.start || toks[p].Tag != annals.NN || toks[p].Norm != "country" && toks[p].Norm != "nation" {
		return nil, ""
	}
	if pr := &toks[p-1]; pr.Tag != annals.PRPS || pr.Norm != "his" && pr.Norm != "her" {
		return nil, ""
	}
	at := p - 2
	if toks[at].Norm == "that" {
		at--
	}
	if at < sc.start {
		return nil, ""
	}
	vi := firstVerbAt(doc.Verbs, sc.start)
	sv := sc.speechBefore(vi, at)
	if sv == nil {
		sv = sc.avowalBefore(vi, at)
	}
	if sv == nil {
		return nil, ""
	}
	srcs, _ := sc.subject(sv, sc.clause(sv.Head))
	if len(srcs) != 1 || srcs[0] < 0 {
		return nil, ""
	}
	speaker := doc.Mentions[srcs[0]]
	cc := stateOf(speaker.Code)
	if cc == "" || speaker.Implied && speaker.Via == "coref" && toks[speaker.Tokens.Start].Tag == annals.PRP && toks[speaker.Tokens.Start].Norm != "he" && toks[speaker.Tokens.Start].Norm != "she" {
		return nil, ""
	}
	country := annals.Mention{Kind: annals.ActorMention, Name: cc, Code: cc, Type: "COUNTRY"}
	for i := range doc.Mentions { // rare: only behind "said his country"
		if m := &doc.Mentions[i]; m.Kind == annals.ActorMention && m.Code == cc && m.Type == "COUNTRY" {
			country = *m
			break
		}
	}
	mi := corefTo(doc, country, annals.Range{Start: p - 1, End: p + 1})
	text, _, _ := doc.Span(speaker.Tokens)
	sc.corefs = append(sc.corefs, corefNote{mi, fmt.Sprintf("%s %s = the country of the speaker %s", toks[p-1].Norm, toks[p].Norm, text)})
	return []int{mi}, "coref"
}

// avowals are verbs besides the plain speech verbs by which a speaker
// states what his own country does or will do: "reiterated his country
// would retaliate", "announced his country would supply".
var avowals = map[string]bool{
	"reiterate": true, "announce": true, "affirm": true, "confirm": true,
	"assure": true, "warn": true, "promise": true, "pledge": true,
	"emphasise": true, "emphasize": true, "explain": true, "indicate": true,
}

// avowalBefore returns the avowal verb group that ends at token at, or
// nil; like speechBefore, it must be a finite, active, affirmed verb.
func (sc *sentCtx) avowalBefore(vi, at int) *annals.VerbGroup {
	toks := sc.doc.Tokens
	for v := vi; v < len(sc.doc.Verbs) && sc.doc.Verbs[v].Head <= at; v++ {
		sv := &sc.doc.Verbs[v]
		if sv.Tokens.End-1 == at && avowals[lemma(&toks[sv.Head])] && !sv.Negated && !sv.Passive && toks[sv.Head].Tag != annals.VBG {
			return sv
		}
	}
	return nil
}

// stateOf returns the country part of an actor code, or "" for
// international, non-state and unknown roots.
func stateOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch c := code[:3]; c {
	case "IGO", "NGO", "IMG", "MNC", "UIS", "---", "UAF", "REB", "GOV", "MIL", "BUS", "CVL", "OPP", "LEG", "JUD", "COP", "MED", "LAB", "EDU", "REL", "ELI", "SPY", "AGR", "HLH", "ENV":
		return ""
	default:
		for _, r := range c {
			if r < 'A' || r > 'Z' {
				return ""
			}
		}
		return c
	}
}

// decisionModals are the semi-modals by which one party states its own
// plan or decision: the intent is that party's, whoever the act would
// involve.
var decisionModals = map[string]bool{
	"plan to": true, "agree to": true, "decide to": true, "intend to": true,
	"want to": true, "seek to": true, "hope to": true, "offer to": true,
	"promise to": true, "pledge to": true, "vow to": true, "try to": true,
	"propose to": true, "prepare to": true, "aim to": true, "wish to": true,
}

// oneSidedIntent reports whether an intent (root 03) coded from a joint
// act is its single source's alone: "the Japanese Finance Ministry said it
// plans to hold formal talks with France" and "EC foreign ministers agreed
// to formal talks with Hungary" state the planner's intent to meet; the
// other party has declared nothing, so no reciprocal event is coded. An
// arranged meeting ("will meet", "is due to hold talks"), an agreement
// made with the other party ("agreed with Japan to") and a list of
// sources keep theirs.
func (sc *sentCtx) oneSidedIntent(vg *annals.VerbGroup, v *dict.Verb, code string, srcs []int) bool {
	if !strings.HasPrefix(code, "03") || len(srcs) != 1 {
		return false
	}
	if decisionModals[vg.Modal] || readinessPattern(v.Pattern) || sc.declaredReadiness(vg) >= 0 {
		return true
	}
	// "agreed to formal talks with": the decision verb is the head itself.
	return vg.Modal == "" && lemma(&sc.doc.Tokens[vg.Head]) == "agree" && strings.HasPrefix(v.Pattern, "agree to")
}
