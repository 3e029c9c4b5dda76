package event

import (
	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// doubtWords judge the clause they open with "that" unlikely to come about:
// "it is thought highly unlikely that Nakasone and Reagan will agree".
var doubtWords = map[string]bool{
	"unlikely": true, "doubtful": true, "improbable": true,
}

// doubted reports whether verb group vg tells the act of a that-clause
// judged unlikely ("unlikely that X and Y will agree on"): the act is
// doubted, not done, so it is coded as hypothetical. Only the nearest
// "that" before the verb, within a few words of it, is looked at.
func (sc *sentCtx) doubted(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	for j, n := vg.Tokens.Start-1, 0; j > sc.start && n < 12; j, n = j-1, n+1 {
		if toks[j].Tag == annals.STOP || toks[j].Norm == ";" {
			return false
		}
		if toks[j].Norm == "that" {
			return doubtWords[toks[j-1].Norm]
		}
	}
	return false
}

// settledTogether are the patterns of terms agreed by the parties of a
// compound subject (data/verbs/05-diplomatic.txt, round 65).
var settledTogether = map[string]bool{
	"agree on|upon": true,
	"agree that":    true,
	"agree to charge|surcharge|tariff|quota|deal|term|terms|plan|proposal|package|formula|compromise|settlement|arrangement|rescheduling": true,
}

// agreedAlone reports whether an accord of the round-65 patterns has one
// party only and no partner named with "with": "the EC has failed to agree
// on a program because of opposition from Britain" or "Japan agreed on the
// need to open its market to U.S. goods" names no party to a deal, while
// "Canada and the U.S. agreed to the charge" and "the formula he agreed
// upon with Gorbachev" do.
func (sc *sentCtx) agreedAlone(v *dict.Verb, srcs, tgts []int) bool {
	if !settledTogetherSet.Has(v.Pattern) || len(srcs) > 1 {
		return false
	}
	if len(tgts) == 0 {
		return true
	}
	for _, t := range tgts {
		if t < 0 {
			return true
		}
		j := int(sc.doc.Mentions[t].Tokens.Start) - 1
		if j < sc.start || sc.doc.Tokens[j].Norm != "with" {
			return true
		}
	}
	return false
}
