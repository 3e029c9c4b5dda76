package actor

import (
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
		if a == nil || a.Type != "COUNTRY" {
			return nil
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
		k = aend
	}
	return nil
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
