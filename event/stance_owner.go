package event

import "github.com/annals-project/annals"

// stanceOwned reports whether the target mention tgt of "stick to" a
// policy or decision names the party whose decision it is: "Saudi Arabia
// is completely sticking to OPEC decisions", "sticks to the EC's policy".
// Keeping to another party's decision is compliance, not the refusal to
// yield (1232) that sticking to one's own stance is.
func (sc *sentCtx) stanceOwned(vg *annals.VerbGroup, tgt int) bool {
	if tgt < 0 {
		return false
	}
	toks := sc.doc.Tokens
	m := &sc.doc.Mentions[tgt]
	j := m.Tokens.End
	if j < sc.end && toks[j].Tag == annals.POS {
		j++
	}
	return j < sc.end && j > vg.Tokens.End && stanceNouns[lemma(&toks[j])]
}

// stanceNouns are what a party sticks to when it refuses to yield.
var stanceNouns = map[string]bool{
	"policy": true, "plan": true, "decision": true, "stance": true, "position": true,
	"line": true, "guideline": true, "agreement": true, "accord": true, "quota": true,
}
