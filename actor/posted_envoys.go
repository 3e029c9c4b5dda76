package actor

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// postedName returns the end of the name of an envoy whose post is named
// between the title and the name ("Portuguese Ambassador to Peking Octavio
// Valerio", "Egyptian ambassador to Moscow Salah Bassiouni"): the person
// is the sending state's, which the actor before the title gives, and the
// host only says where he serves. g is the role word ending at token gend;
// ok is false unless it is an ambassador's or envoy's and "to", a country
// or capital and a name of two to four capitalised words follow.
func (r *Recognizer) postedName(toks []annals.Token, g *dict.Agent, gend, end int) (int, bool) {
	if r.imported() || g.RoleText != "ambassador" && g.RoleText != "envoy" || gend+2 >= end || toks[gend].Norm != "to" {
		return 0, false
	}
	k := gend + 1
	if toks[k].Norm == "the" {
		k++
	}
	hend, h := r.dict.MatchActor(toks, k)
	if h == nil || h.Type != "COUNTRY" && h.Kind != "capital" || hend >= end {
		return 0, false
	}
	return r.titledName(toks, hend, end)
}
