package actor

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// Agent composition for imported PETRARCH and TABARI dictionaries, whose
// coders compose roles more freely than annals' own conventions: a prefix
// agent before a country ("MSF Arnor" is NGOARN), roles after "'s" past
// coordinated adjectives, and role words that modify a noun ("the official
// news agency" is ---GOV for PETRARCH).

// imported reports whether r codes with an imported dictionary.
func (r *Recognizer) imported() bool { return r.dict.NoCountry != "" }

// prefixAgent returns the prefix agent (PETRARCH's "[NGO~]") at token j and
// its end when an actor that is not a person follows it right away: the
// agent qualifies that actor ("MSF Arnor diplomat" is NGOARNGOV), and the
// actor is recognised from the agent's end.
func (r *Recognizer) prefixAgent(toks []annals.Token, j, end int) (*dict.Agent, int) {
	if !r.imported() {
		return nil, j
	}
	gend, g := r.dict.MatchAgent(toks, j)
	if g == nil || !g.Prefix || gend >= end {
		return nil, j
	}
	if k := gend; toks[k].Norm == "the" && k+1 < end {
		return nil, j // "MSF the ...": no compound name
	}
	aend, a := r.dict.MatchActor(toks, gend)
	if a == nil || a.Type == "PERSON" || aend > end {
		return nil, j
	}
	return g, gend
}

// maxModifiers is how many words may stand between an actor and its role
// word: annals' own dictionaries keep close ("US special forces"); with
// imported ones PETRARCH's and TABARI's looser noun phrases reach further
// ("Ithilen's awful and evil minister").
func (r *Recognizer) maxModifiers() int {
	if r.imported() {
		return 5
	}
	return 3
}

// joinedModifier reports whether token k joins two modifiers ("awful and
// evil", "new, powerful"), which an imported dictionary's role may stand
// after.
func (r *Recognizer) joinedModifier(toks []annals.Token, k, end int) bool {
	if !r.imported() || k == 0 || k+1 >= end {
		return false
	}
	switch toks[k].Norm {
	case "and", ",":
	default:
		return false
	}
	return toks[k-1].Tag == annals.JJ && toks[k+1].Tag == annals.JJ
}

// roleModifiesNoun reports whether a role word before the common noun at
// token k should still be an actor: PETRARCH's parse makes "the official
// news agency WFNA" a government noun phrase, ---GOV. Only a phrase that
// ends on a name is one ("official news agency KCNA"); "official
// statement" or "government approval" stay no actor, as with annals' own
// conventions and TABARI.
func (r *Recognizer) roleModifiesNoun(toks []annals.Token, k, end int) bool {
	if r.dict.NoCountry != "---" {
		return false
	}
	for n := 0; k < end && n < 3; k, n = k+1, n+1 {
		switch t := &toks[k]; {
		case t.Tag == annals.NNP && t.Flags&annals.Cap != 0:
			return n > 0
		case (t.Tag == annals.NN || t.Tag == annals.NNS) && t.Flags&annals.Cap == 0:
		default:
			return false
		}
	}
	return false
}

// listCountry returns the actor code that a bare role word at token start
// shares with the actor and role right before it in a list: "Danish media
// and government" is DNKMED and DNKGOV for PETRARCH. It returns "" when
// no such list precedes.
func (r *Recognizer) listCountry(doc *annals.Doc, start int, date int32) string {
	if r.dict.NoCountry != "---" || start < 2 || len(doc.Mentions) == 0 {
		return ""
	}
	switch doc.Tokens[start-1].Norm {
	case "and", ",":
	default:
		return ""
	}
	prev := &doc.Mentions[len(doc.Mentions)-1]
	if prev.Kind != annals.ActorMention || prev.Tokens.End != start-1 {
		return ""
	}
	// The actor must have taken a role of its own, the last word of its
	// mention ("Denmark and government" is no list of Denmark's): the
	// role word shares what stands before that role.
	toks := doc.Tokens[:prev.Tokens.End]
	for k := prev.Tokens.End - 1; k > prev.Tokens.Start; k-- {
		if gend, g := r.dict.MatchAgent(toks, k); g != nil && gend == prev.Tokens.End && !g.Prefix && len(prev.Code) > len(g.Code) && strings.HasSuffix(prev.Code, g.Code) {
			return strings.TrimSuffix(prev.Code, g.Code)
		}
	}
	return ""
}

// moreAgents returns the role words that follow a role word ending at
// token k ("Danish Islamist media" is DNK + MUS + MED for PETRARCH) and
// the end of the last; none with annals' own dictionaries, whose codes
// take one role.
func (r *Recognizer) moreAgents(toks []annals.Token, k, end int) ([]*dict.Agent, int) {
	if !r.imported() {
		return nil, k
	}
	var gs []*dict.Agent
	for k < end && len(gs) < 2 {
		gend, g := r.dict.MatchAgent(toks, k)
		if g == nil || g.Prefix || gend > end {
			break
		}
		gs = append(gs, g)
		k = gend
	}
	return gs, k
}

// stack appends the codes of further role words to an actor code that
// already has a role: PETRARCH writes each ("DNKMUSMED").
func stack(code string, gs []*dict.Agent) string {
	for _, g := range gs {
		if !strings.HasSuffix(code, g.Code) {
			code += g.Code
		}
	}
	return code
}

// composeList composes role g with the code a list member shares with the
// member before it: a bare country takes it as Compose does, a code with
// roles already stacks it ("DNKMUS" and "government" is DNKMUSGOV).
func composeList(code string, g *dict.Agent) string {
	if len(code) == 3 || g.Prefix {
		return ComposeAgent(code, g)
	}
	return stack(code, []*dict.Agent{g})
}

// composeEach composes agent g with each code of an actor that stands for
// several (dict.CodeSep: "ELR/GAL" and "police" is "ELRCOP/GALCOP"), which
// the event coder then splits into one event per actor.
func composeEach(code string, g *dict.Agent) string {
	parts := strings.Split(code, dict.CodeSep)
	for i, p := range parts {
		parts[i] = ComposeAgent(p, g)
	}
	return strings.Join(parts, dict.CodeSep)
}
