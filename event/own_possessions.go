package event

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// ownPossession reports whether target mention t is only the possessor of
// what a state organ of the same country acts on: "Sarney suspended
// interest payments on Brazil's 68 billion dlr commercial debt", "aid to
// help Uganda's economic recovery", "ratify the agreement on Malaysia's
// behalf". The country owns the thing, and its own government, army or
// legislature is no party acting on it; the one acted on (the creditors,
// the donors) is another. People so owned stay the target ("urged
// Japan's chip users"), and so do the state for protesters, firms and
// unions ("protests against a change to Hong Kong's extradition law"):
// they do act on their own state. A capital or seat is left alone: it
// stands for a government, whose plans and vetoes another organ does act
// on ("the House's decision", "the White House's plan").
func (sc *sentCtx) ownPossession(src *annals.ActorRef, t int) bool {
	if t < 0 || len(src.Code) < 6 || !stateOrgans[src.Code[3:6]] {
		return false
	}
	m := &sc.doc.Mentions[t]
	if m.Type != "COUNTRY" || len(m.Code) != 3 || m.Code != src.Code[:3] || m.Capital || m.Tokens.End <= m.Tokens.Start || m.Part.End > 0 {
		return false
	}
	toks := sc.doc.Tokens
	e := m.Tokens.End
	if e+1 >= sc.end || toks[e].Tag != annals.POS {
		return false
	}
	head := -1
	for j := e + 1; j < sc.end && j < e+8; j++ {
		if t := &toks[j]; t.Tag.IsNoun() {
			head = j
		} else if t.Tag != annals.JJ && t.Tag != annals.CD {
			break
		}
	}
	return head >= 0 && !agentNoun(&toks[head])
}

// agentNoun reports whether a plural noun names people by what they do
// ("Japan's major chip users", "the country's exporters"): a possessed
// group of people is a party acted on, unlike a debt or an economy.
func agentNoun(t *annals.Token) bool {
	n := t.Norm
	return t.Tag == annals.NNS && (strings.HasSuffix(n, "ers") || strings.HasSuffix(n, "ors") || strings.HasSuffix(n, "ists"))
}
