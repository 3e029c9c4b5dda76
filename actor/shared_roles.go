package actor

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// Wire copy names the private parties of several countries with one role
// word after a list of nationalities ("Indian and Australian businessmen
// signed a memorandum", "British, French and Japanese firms had already
// contacted the Shanghai authorities"). Each country in the list has that role:
// the Indian businessmen are Indian firms, not the Indian state. Without
// it a business deal between two countries' firms is coded as one between
// states. Only private roles are shared this way, and only with annals'
// own dictionaries: "Japan and U.S. officials" keeps the state as named.

// sharedRoleDepth is the most list members a shared role word reaches back
// over.
const sharedRoleDepth = 6

// sharedAgent returns the private role word that ends the list of country
// words opening at token k, right after a country actor ("and Australian
// businessmen", ", French and Japanese firms"), or nil.
func (r *Recognizer) sharedAgent(toks []annals.Token, k, end int) *dict.Agent {
	if r.imported() {
		return nil
	}
	for n := 0; n < sharedRoleDepth && k < end; n++ {
		if toks[k].Norm != "and" && toks[k].Tag != annals.COMMA {
			return nil
		}
		k++
		if k < end && toks[k].Norm == "and" {
			k++ // ", and"
		}
		if k >= end {
			return nil
		}
		aend, a := r.dict.MatchActor(toks, k)
		if a == nil || a.Type != "COUNTRY" && !tradeBloc(a) {
			return nil
		}
		if g := listNoun(toks, aend, end); g != nil && a.Type == "COUNTRY" {
			return g // "Algerian and Spanish producers"
		}
		if gend, g := r.dict.MatchAgent(toks, aend); g != nil {
			if toks[gend-1].Tag.IsVerb() {
				return nil // "Israel and Egypt accused one another": the verb, no role word
			}
			if !privateAgent(g) || gend < end && (toks[gend].Tag == annals.NN || toks[gend].Tag == annals.NNS) {
				return nil // "U.S. and U.K. bank regulators": the role word names a field
			}
			return g
		}
		if a.Type != "COUNTRY" {
			return nil // a bloc ends the list, before its role word
		}
		k = aend
	}
	return nil
}

// tradeBloc reports whether a is an intergovernmental body that can close a
// list of nationalities before a role word ("U.S. and EC business
// leaders"): the role word is the countries' and the bloc's own parties,
// which blocParty codes as the bloc's region's.
func tradeBloc(a *dict.Actor) bool {
	return a.Type == "ORG" && len(a.Codes) > 0 && strings.HasPrefix(a.Codes[0].Code, "IGO")
}

// listNouns are plural nouns that name a country's private parties after
// a list of nationalities ("Malaysian and Japanese firms", "Algerian and
// Spanish producers") but are no role words alone, where "firm" is as often
// an adjective and "producers" the producing states ("Gulf producers").
// "Interests" stays out: after a list too it is as often the states' aims
// ("to protect Turkish and Turkish Cypriot interests") as their firms.
var listNouns = map[string]*dict.Agent{
	"firms":     {Code: "BUS", RoleText: "firms"},
	"producers": {Code: "BUS", RoleText: "producers"},
}

// listNoun returns the role a list noun at token k gives, or nil.
func listNoun(toks []annals.Token, k, end int) *dict.Agent {
	if k >= end || !listNounSet.Has(toks[k].Norm) {
		return nil
	}
	return listNouns[toks[k].Norm]
}

// listedNoun returns the role of the list noun right after the last country
// of a list, the country's span opening at token start ("and Spanish
// producers" after "Algerian"), or nil: the last member names the noun's
// parties as the others do.
func (r *Recognizer) listedNoun(doc *annals.Doc, start, aend, end int) *dict.Agent {
	g := listNoun(doc.Tokens, aend, end)
	if g == nil || r.imported() || start < 2 || len(doc.Mentions) == 0 {
		return nil
	}
	k := start - 1
	if doc.Tokens[k].Norm != "and" && doc.Tokens[k].Tag != annals.COMMA {
		return nil
	}
	if doc.Tokens[k].Norm == "and" && doc.Tokens[k-1].Tag == annals.COMMA {
		k-- // ", and"
	}
	prev := &doc.Mentions[len(doc.Mentions)-1]
	if prev.Kind != annals.ActorMention || prev.Type != "COUNTRY" || prev.Tokens.End != k {
		return nil
	}
	return g
}

// privateAgent reports whether role word g names people or bodies outside
// the state: firms, workers, farmers, civilians.
func privateAgent(g *dict.Agent) bool {
	switch g.Code {
	case "BUS", "LAB", "AGR", "CVL":
		return true
	}
	return false
}
