package event

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// praisedThing reports whether ownerTarget may name the maker of the thing
// that praise or endorsement (051) or protest (14) is aimed at, as it does
// for criticism: "welcomed a decision by the U.S. Commerce Department"
// praises the department, "backs the bill approved by the House Banking
// Committee" endorses the committee, "to protest the apartheid laws ...
// practiced by South Africa's white minority government" protests against
// that government, where the object itself names no actor ("welcomed the
// ending of a trade ban imposed by Australian labor unions"). A source
// that is a side party ("with some support from the Netherlands and
// Denmark, backs proposals by") is no subject of the verb, so no maker is
// sought for it; nor after a request told in the passive,
// whose "by" may name the one who asked ("was asked to support the bill by
// Senator Dole").
func (c *Coder) praisedThing(sc *sentCtx, v *dict.Verb, vg *annals.VerbGroup, subj []int) bool {
	if !sc.own || !strings.HasPrefix(v.Code, "051") && !strings.HasPrefix(v.Code, "14") {
		return false
	}
	if len(subj) > 0 && subj[0] >= 0 && sc.sideParty(&sc.doc.Mentions[subj[0]]) {
		return false
	}
	return !sc.afterPassive(vg)
}

// afterPassive reports whether verb group vg is the infinitive of a passive
// verb right before it: "was asked to support".
func (sc *sentCtx) afterPassive(vg *annals.VerbGroup) bool {
	k := vg.Tokens.Start
	if sc.doc.Tokens[k].Tag != annals.TO && k > sc.start && sc.doc.Tokens[k-1].Tag == annals.TO {
		k--
	}
	if sc.doc.Tokens[k].Tag != annals.TO {
		return false
	}
	w := sc.verbBefore(k, -1)
	return w != nil && w.Passive && w.Tokens.End == k
}

// sideParty reports whether mention m is the object of a preposition that
// makes it a party beside the subject ("support from", "together with",
// "one of"), not the agent of a passive ("by") or a clause's subject
// ("that").
func (sc *sentCtx) sideParty(m *annals.Mention) bool {
	return sc.precededByPrep(m) && sidePreps[sc.doc.Tokens[m.Tokens.Start-1].Norm]
}

// sidePreps are the prepositions before a party that is not the subject.
var sidePreps = map[string]bool{"from": true, "with": true, "of": true, "among": true}
