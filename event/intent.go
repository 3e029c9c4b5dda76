package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// decisionNouns name a decided act whose infinitive tells the act, done by
// the noun's owner: in "Reagan's decision to impose tariffs on Japan"
// Reagan imposes them. Nouns that only announce an act ("plan", "offer",
// "effort", "intention") are left out: on the Reuters corpus their owners
// were often not the actor, or the act was not done; "threat", "refusal"
// and "failure" turn the act into a threat or its negation.
var decisionNouns = map[string]bool{"decision": true, "move": true}

// decisionNoun returns the token of a decision noun right before the "to"
// of the infinitive vg ("decision to impose"), or -1.
func (sc *sentCtx) decisionNoun(vg *annals.VerbGroup) int {
	to := vg.Tokens.Start - 1
	if !sc.own || to-1 < sc.start || vg.Tokens.Len() != 1 {
		return -1
	}
	toks := sc.doc.Tokens
	n := &toks[to-1]
	if toks[to].Tag != annals.TO || n.Tag != annals.NN && n.Tag != annals.NNS || !decisionNouns[lemma(n)] {
		return -1
	}
	return to - 1
}

// decisionOwner returns the actor owning the decision noun before the
// infinitive vg: "Canada's decision to impose", "the U.S. move to cut".
func (sc *sentCtx) decisionOwner(vg *annals.VerbGroup) []int {
	n := sc.decisionNoun(vg)
	if n < 0 {
		return nil
	}
	return sc.nounOwner(n)
}

// conditioned reports whether the verb is the consequence of a condition
// ("if", "unless") attached to its clause: the first verb after a leading
// condition ("said if he becomes prime minister, he will seek advice") or
// the last one before a trailing one ("will impose sanctions if Japan does
// not comply"). The convention codes no conditional event.
func (sc *sentCtx) conditioned(vg *annals.VerbGroup) bool {
	ci := sc.clause(vg.Head)
	if ci < 0 {
		return false
	}
	doc := sc.doc
	for k := range doc.Clauses {
		cl := &doc.Clauses[k]
		if cl.Parent != ci || cl.Kind != annals.Subordinate || cl.Tokens.Start < sc.start || cl.Tokens.End > sc.end {
			continue
		}
		switch doc.Tokens[cl.Tokens.Start].Norm {
		case "if", "unless":
		default:
			continue
		}
		var from, to int
		switch {
		case cl.Tokens.End <= vg.Tokens.Start:
			from, to = cl.Tokens.End, vg.Tokens.Start
		case cl.Tokens.Start >= vg.Tokens.End:
			from, to = vg.Tokens.End, cl.Tokens.Start
		default:
			continue
		}
		if !sc.verbBetween(from, to) {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb group of the sentence starts in
// tokens [from, to).
func (sc *sentCtx) verbBetween(from, to int) bool {
	for i := range sc.doc.Verbs {
		v := &sc.doc.Verbs[i]
		if v.Tokens.Start >= from && v.Tokens.Start < to {
			return true
		}
	}
	return false
}

// modalWord reports whether a modal of possibility stands inside the verb
// group before a semi-modal that the group records instead: "might have
// to go", "could be forced to withdraw".
func (sc *sentCtx) modalWord(vg *annals.VerbGroup) bool {
	for j := vg.Tokens.Start; j < vg.Head; j++ {
		switch sc.doc.Tokens[j].Norm {
		case "could", "may", "might", "should", "must", "can":
			return true
		}
	}
	return false
}

// threatCode returns the CAMEO threat (root 13) of a conflictual act that
// is only threatened: "threatening to revoke the licences" is a threat of
// administrative sanctions (132), "threatened to attack" one of force
// (138), "threatened sanctions" one of sanctions (1312). It returns "" for
// codes that are not conflictual acts.
func threatCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	switch code[:2] {
	case "12", "10", "11":
		return "130"
	case "14":
		return "133"
	case "15":
		return "130"
	case "16":
		switch {
		case strings.HasPrefix(code, "163"):
			return "1312"
		case strings.HasPrefix(code, "164"):
			return "1313"
		case strings.HasPrefix(code, "161"), strings.HasPrefix(code, "162"):
			return "1311"
		}
		return "131"
	case "17":
		return "132"
	case "18", "19", "20":
		return "138"
	}
	return ""
}

// contrastive reports whether a word after a comma opens a clause of its
// own ("..., but", "..., while"): the object of the verb before it ends at
// the comma.
func contrastive(w string) bool {
	switch w {
	case "but", "while", "whereas", "although", "though", "yet":
		return true
	}
	return false
}

// prospectNouns name an act that is open, not done, when an -ing verb
// follows them with "of": "the task of forming a government", "the
// possibility of imposing sanctions", "the prospect of meeting".
var prospectNouns = map[string]bool{
	"task": true, "job": true, "prospect": true, "prospects": true, "possibility": true,
	"option": true, "idea": true, "question": true, "challenge": true, "chance": true,
	"risk": true, "danger": true, "likelihood": true, "hope": true, "hopes": true,
	"aim": true, "goal": true, "purpose": true, "way": true, "ways": true, "means": true,
}

// unrealised reports whether an -ing verb is the complement of a noun of
// prospect ("the task of either forming a new government or calling an
// election"): the act is open, as a plan or a possibility, and the
// convention does not code it.
func (sc *sentCtx) unrealised(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if toks[vg.Head].Tag != annals.VBG {
		return false
	}
	j := vg.Tokens.Start - 1
	for n := 0; j > sc.start && n < 8 && toks[j].Norm != "of"; n++ {
		// "of either forming ... or calling": back over the first choice.
		if toks[j].Tag == annals.COMMA || toks[j].Tag == annals.STOP || toks[j].Tag.IsVerb() && toks[j].Tag != annals.VBG {
			return false
		}
		if toks[j].Norm != "either" && toks[j].Norm != "or" && n == 0 && toks[j].Tag != annals.RB {
			break
		}
		j--
	}
	if j <= sc.start || toks[j].Norm != "of" {
		return false
	}
	return prospectNouns[toks[j-1].Norm]
}

// striving reports whether a verb of combat is followed by an infinitive of
// purpose ("fighting to recover politically", "battling to save the
// company"): the words then mean an effort, not armed force.
func (sc *sentCtx) striving(vg *annals.VerbGroup) bool {
	switch lemma(&sc.doc.Tokens[vg.Head]) {
	case "fight", "battle", "struggle":
	default:
		return false
	}
	j := vg.Tokens.End
	return j+1 < sc.end && sc.doc.Tokens[j].Tag == annals.TO && sc.doc.Tokens[j+1].Tag == annals.VB
}

// scheduled reports whether a verb in the simple present is dated by a day
// to come, the news way of writing a timetable: "Howard leaves for Japan on
// Saturday", "who leaves for Moscow on Tuesday", "Reagan meets Nakasone
// tomorrow". Such an act is planned, not done.
func (sc *sentCtx) scheduled(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if vg.Tense != annals.Present || vg.Tokens.Len() != 1 {
		return false
	}
	switch toks[vg.Head].Tag {
	case annals.VBZ, annals.VBP:
	default:
		return false
	}
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+10; j++ {
		t := &toks[j]
		if t.Tag.IsVerb() || t.Tag == annals.COMMA || t.Tag == annals.STOP {
			return false
		}
		switch t.Norm {
		case "tomorrow", "tonight":
			return true
		case "next":
			return j+1 < sc.end && (timeWords[toks[j+1].Norm] || toks[j+1].Norm == "week" || toks[j+1].Norm == "month")
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return toks[j-1].Norm == "on"
		}
	}
	return false
}

// figurative reports whether a verb of combat with no actor as its target
// is said by a political body of a thing it opposes: "We will fight tax
// increases", "Baker attacked the rise in interest rates", "opposition
// parties intend to fight the new tax measures". Governments, legislatures,
// parties and officials fight measures with words; armed force comes from
// the military, police, rebels or a country as a whole.
func (sc *sentCtx) figurative(vg *annals.VerbGroup, srcs []int, code string) bool {
	if len(code) < 2 || code[:2] != "19" && code[:2] != "18" || len(srcs) == 0 {
		return false
	}
	switch lemma(&sc.doc.Tokens[vg.Head]) {
	case "fight", "attack", "battle", "combat":
	default:
		return false
	}
	for _, s := range srcs {
		c := sc.doc.Mentions[s].Code
		if len(c) == 3 && sc.own && sc.countryModifier(s) {
			continue // "the Swiss Lawyers Federation, which has fought a long campaign"
		}
		if len(c) < 6 {
			return false
		}
		switch c[3:6] {
		case "GOV", "LEG", "OPP", "ELI", "PTY", "JUD", "BUS", "LAB":
		default:
			return false
		}
	}
	toks := sc.doc.Tokens
	j := vg.Tokens.End
	if j < sc.end && toks[j].Norm == "against" && sc.own {
		// "fought against market pressure", "would fight against it" (a
		// tax named before): a campaign against a thing, no combat.
		j++
		if j < sc.end && toks[j].Norm == "it" {
			return true
		}
	}
	for k := j; j < sc.end && j < k+4; j++ {
		switch t := &toks[j]; {
		case t.Tag == annals.DT || t.Tag == annals.JJ || t.Tag == annals.PRPS || t.Tag == annals.VBN:
		case t.Tag.IsNoun():
			return true
		default:
			return false
		}
	}
	return false
}

// objectNext reports whether the actor mention mi is the verb's direct
// object, with at most determiners and adjectives between: "received the
// visiting Chinese premier", not "received a loan from the Japanese".
func (sc *sentCtx) objectNext(vg *annals.VerbGroup, mi int) bool {
	if mi < 0 || mi >= len(sc.doc.Mentions) {
		return true
	}
	m := &sc.doc.Mentions[mi]
	toks := sc.doc.Tokens
	for j := vg.Tokens.End; j < m.Tokens.Start; j++ {
		switch toks[j].Tag {
		case annals.DT, annals.JJ, annals.VBG, annals.CD, annals.PRPS:
		default:
			return false
		}
	}
	return m.Tokens.Start >= vg.Tokens.End
}

// hasObject reports whether a noun phrase follows the verb directly: "the
// program demonstrates the intention to renegotiate". A protest verb used
// so means showing, not protesting.
func (sc *sentCtx) hasObject(vg *annals.VerbGroup) bool {
	j := vg.Tokens.End
	if j >= sc.end {
		return false
	}
	switch t := &sc.doc.Tokens[j]; t.Tag {
	case annals.DT, annals.PRPS, annals.NN, annals.NNS, annals.JJ, annals.CD:
		return true
	}
	return false
}

// planHosts are the verbs that make a plan public or adopt it: "Reagan
// announced last week plans to impose tariffs on Japanese goods", "Japan's
// cabinet approved a plan to help the ventures", "as the United States made
// plans to protect Kuwaiti tankers". Their subject is the one who plans the
// act, which is intended, not yet done. A plan only owned ("Argentina's
// plans to build", "the EC plan to increase duties") stays uncoded (see
// decisionNouns): its owner is often not the actor.
var planHosts = map[string]bool{
	"announce": true, "unveil": true, "approve": true, "adopt": true, "outline": true,
	"make": true, "present": true, "disclose": true, "endorse": true, "finalise": true, "finalize": true,
}

// announcedPlan returns the verb group that announces or adopts the plan
// whose infinitive is vg ("announced plans to impose"), or that of the
// first infinitive of a pair joined by "and", or nil. Up to four words may
// stand between the verb and "plan": a determiner, a possessive pronoun,
// adjectives, adverbs and a time phrase ("announced last week plans to").
func (sc *sentCtx) announcedPlan(vg *annals.VerbGroup) *annals.VerbGroup {
	to := vg.Tokens.Start - 1
	if !sc.own || to-2 < sc.start {
		return nil
	}
	toks := sc.doc.Tokens
	if toks[to].Tag != annals.TO {
		return nil
	}
	if toks[to-1].Tag == annals.CC {
		// The second infinitive of the pair: "unveiled plans to boost
		// production and to expand trade" plans both.
		for k := to - 2; k > sc.start && k > to-16; k-- {
			if toks[k].Tag == annals.TO && toks[k+1].Tag.IsVerb() {
				if first := sc.verbAfter(k+1, sc.clause(k+1)); first != nil && first.Tokens.Start == k+1 && first != vg {
					return sc.announcedPlan(first)
				}
				return nil
			}
		}
		return nil
	}
	if toks[to-1].Norm != "plan" && toks[to-1].Norm != "plans" {
		return nil
	}
	j := to - 2
	for n := 0; j > sc.start && n < 4; n++ {
		switch toks[j].Tag {
		case annals.DT, annals.PRPS, annals.JJ, annals.RB:
			j--
			continue
		case annals.NN, annals.NNP:
			if timeWords[toks[j].Norm] || toks[j].Norm == "week" || toks[j].Norm == "month" || toks[j].Norm == "year" {
				j--
				continue
			}
		}
		break
	}
	host := sc.verbBefore(j+1, -1)
	if host == nil || host.Tokens.End != j+1 || host.Negated || host.Passive || !planHosts[lemma(&toks[host.Head])] {
		return nil
	}
	return host
}
