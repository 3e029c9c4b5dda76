package event

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// heldSupportOff reports whether the giver found for support held or won
// (05-diplomatic.txt's "have|enjoy|win ... support|backing of|from $",
// 051: "Kuwait has the full support of Saudi Arabia") gives none. The
// giver must open the phrase after "of" or "from", after determiners,
// adjectives, numbers or adverbs at most: "won a degree of support from
// Landry, 'Even private bankers are willing'" names no actor there. And
// support held within one body, both parties coded alike ("Gephardt has
// the support of Wright and other key Democrats"), is a standing
// alignment in its own politics, not an act between actors: the read
// sets leave it uncoded, while support voiced, an act, stays codable.
func (sc *sentCtx) heldSupportOff(v *dict.Verb, slot annals.Range, subj, objs []int) bool {
	if v.Code != "051" || slot.Start < 0 || !v.Items[len(v.Items)-1].Source {
		return false
	}
	toks := sc.doc.Tokens
	g := &sc.doc.Mentions[objs[0]]
	for j := slot.Start; j < g.Tokens.Start && j < sc.end; j++ {
		switch toks[j].Tag {
		case annals.DT, annals.JJ, annals.CD, annals.RB, annals.PRPS:
		default:
			return true
		}
	}
	return len(subj) > 0 && subj[0] >= 0 && len(g.Code) == 6 && sc.doc.Mentions[subj[0]].Code == g.Code
}
