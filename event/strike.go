package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// workWords are the words of a plain strike pattern: a stoppage of work.
var workWords = []string{"strike", "walkout", "stoppage", "work", "working", "tool", "tools", "out"}

// stateCues are words that put the state on the other side of a strike:
// what it is against ("a government freeze on wages", "new laws",
// "austerity measures") or how far it reaches ("a general strike").
var stateCues = map[string]bool{
	"government": true, "governments": true, "state": true, "state-owned": true, "state-run": true,
	"law": true, "laws": true, "legislation": true, "bill": true, "decree": true, "austerity": true,
	"freeze": true, "tax": true, "taxes": true, "policy": true, "policies": true, "reform": true, "rights": true, "citizenship": true, "democracy": true,
	"reforms": true, "minister": true, "ministry": true, "parliament": true, "president": true,
	"regime": true, "general": true, "nationwide": true, "public": true, "civil": true, "authorities": true,
	"privatisation": true, "privatization": true, "election": true, "elections": true,
}

// workplaceStrike reports whether a plain stoppage of work by workers
// ("7,000 black workers staged one-day strikes at two mines", "workers
// walked out at its mills", "men in the port's grain sector stopped work")
// names nothing that makes it political: no target of its own and no word
// of the state. Such a strike is a dispute with an employer, which
// analysts code only when the employer is the state; giving it the
// workers' government as target invents a protest against it.
func (sc *sentCtx) workplaceStrike(v *dict.Verb, srcs, tgts []int) bool {
	if v.Code != "143" || len(srcs) == 0 || srcs[0] < 0 || !strikePattern(v) {
		return false
	}
	m := &sc.doc.Mentions[srcs[0]]
	if !strings.HasSuffix(m.Code, "LAB") && !strings.HasSuffix(m.Code, "CVL") {
		return false
	}
	for _, t := range tgts {
		if t < 0 {
			continue
		}
		if tm := &sc.doc.Mentions[t]; !(tm.Implied && tm.Via == "context") {
			return false // a target named in the text
		}
	}
	for i := sc.start; i < sc.end; i++ {
		if n := sc.doc.Tokens[i].Norm; stateCues[n] || n == "boycott" {
			return false
		}
	}
	for _, mi := range sc.ments {
		if m := &sc.doc.Mentions[mi]; !m.Implied && strings.HasSuffix(m.Code, "GOV") {
			return false // "Canada Post workers": the state is the employer
		}
	}
	return true
}

// strikePattern reports whether a pattern's words are those of a stoppage
// of work rather than of a boycott or a shutdown of a city.
func strikePattern(v *dict.Verb) bool {
	if len(v.Items) == 0 {
		return false
	}
	for _, a := range v.Items[0].Alts {
		switch a {
		case "boycott", "shut", "withhold", "refuse", "stay":
			return false
		}
	}
	for _, it := range v.Items[1:] {
		for _, a := range it.Alts {
			if slices.Contains(workWords, a) {
				return true
			}
		}
	}
	return false
}

// solitaryAct reports whether a pattern of a cooperative root names an act
// done by one party to another rather than together: backing or praise
// (051), a visit (042), an offer of aid (033), an investment (061),
// joining a body. "Only the Netherlands and Luxembourg supported this
// idea", "the IMF and World Bank have committed 12 billion dlrs" and
// "Haiti and Czechoslovakia have joined the cocoa organization" say
// nothing of the members acting on each other, unlike "agreed", "met" or
// "signed".
func solitaryAct(v *dict.Verb) bool {
	switch code := v.Code; {
	case code == "051", code == "042", code == "061", strings.HasPrefix(code, "033"):
		return true
	}
	return len(v.Items) > 0 && slices.Contains(v.Items[0].Alts, "join") && v.Pattern == "join +"
}

// lenders name banks as lenders.
var lenders = map[string]bool{"banks": true, "bankers": true, "creditors": true, "lenders": true}

// lenderParty reports whether the party a targetless event is done with
// is a bank lender left with no country ("agreed to work together with the
// banks", "a solution to its debt to commercial banks"): talks and deals
// with commercial creditors of no country are not coded, and dropping the
// banks must not leave the act standing as if aimed at no one.
func (sc *sentCtx) lenderParty(vg *annals.VerbGroup) bool {
	for i := range sc.doc.Mentions {
		m := &sc.doc.Mentions[i]
		if m.Kind != annals.AgentMention || m.Code != "BUS" || m.Tokens.Start < vg.Tokens.End || m.Tokens.End > sc.end || m.Tokens.Start > vg.Tokens.End+12 {
			continue
		}
		if lenders[sc.doc.Tokens[m.Tokens.End-1].Norm] {
			return true
		}
	}
	return false
}
