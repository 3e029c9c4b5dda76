package actor

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// A state's own body is often named through its country: "Britain's Export
// Credits Guarantee Department", "the British Overseas Development
// Administration", "Japan's Fair Trade Commission". The body acts for the
// state, so the phrase is the country's government (GOV), not the country
// itself, whether or not the dictionary lists the body.

// bodyHeads end the proper name of a state body. Words that as often end a
// firm's or a party's name ("Council", "Corporation", "Service") are left out.
var bodyHeads = map[string]bool{
	"department": true, "ministry": true, "administration": true, "agency": true, "office": true,
	"commission": true, "authority": true, "bureau": true, "directorate": true,
}

// ownInstitution returns the end and the actor of an institution the
// dictionary lists for the country a that names it at token j, after a
// possessive or not ("Britain's Export Credits Guarantee Department", "the
// U.S. Federal Reserve Board"), or ok false. The two are one mention of the
// body.
func (r *Recognizer) ownInstitution(toks []annals.Token, j, end int, a *dict.Actor, date int32) (int, *dict.Actor, bool) {
	if j < end && toks[j].Tag == annals.POS {
		j++
	}
	if j >= end || toks[j].Flags&annals.Cap == 0 {
		return 0, nil, false
	}
	bend, b := r.dict.MatchActor(toks, j)
	if b == nil || bend <= j || b.Type == "PERSON" || b.Type == "COUNTRY" {
		return 0, nil, false
	}
	if gend, g := r.dict.MatchAgent(toks, j); g != nil && gend >= bend {
		return 0, nil, false // a role word covers the name: "the U.S. House of Representatives"
	}
	own, body := a.CodeAt(date), b.CodeAt(date)
	if len(own) < 3 || len(body) < 3 || countryOf(body) != own[:3] {
		return 0, nil, false
	}
	return bend, b, true
}

// bodyAfter returns the end of a state body's proper name after the country
// at tokens [j, aend): an optional possessive, then capitalised words not
// themselves an actor, the last a body head ("Department", "Commission"). It
// reports ok false when there is no such name.
func (r *Recognizer) bodyAfter(toks []annals.Token, aend, end int) (int, bool) {
	k := aend
	if k < end && toks[k].Tag == annals.POS {
		k++
	}
	start := k
	for ; k < end && k-start < 6; k++ {
		t := &toks[k]
		if t.Flags&annals.Cap == 0 || !(t.Tag == annals.NNP || t.Tag == annals.NNPS || t.Tag.IsNoun()) {
			return 0, false
		}
		if e, b := r.dict.MatchActor(toks, k); b != nil && e > k {
			return 0, false // another actor: "Japan's Toyota Motor"
		}
		if w := strings.TrimSuffix(t.Norm, "s"); bodyHeadSet.Has(t.Norm) || bodyHeadSet.Has(w) && t.Norm != "ministries" {
			if k == start {
				return 0, false // "Britain's Department ...": a role word alone, left to agents.txt
			}
			if k+1 < end && (toks[k+1].Flags&annals.Cap != 0 && toks[k+1].Tag == annals.NNP || toks[k+1].Norm == "of") {
				return 0, false // the name goes on: "Office Depot", "Board of Trade"
			}
			return k + 1, true
		}
	}
	return 0, false
}
