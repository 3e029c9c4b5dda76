package event

import (
	annals "github.com/annals-project/annals"
)

// tradeCompound reports whether the verb group is the word "trade" leading
// a noun it modifies: in "a trade surplus with the U.S." or "lead to trade
// friction with its partners" no one trades with anyone; the words tell a
// balance or a quarrel, not an exchange of goods.
func (sc *sentCtx) tradeCompound(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if lemma(&toks[vg.Head]) != "trade" || vg.Head+1 >= sc.end {
		return false
	}
	return tradeCompoundHeads[toks[vg.Head+1].Norm]
}

// tradeCompoundHeads are the nouns that "trade" modifies in trade news:
// balances, quarrels, talks and the bodies and papers of trade policy.
var tradeCompoundHeads = map[string]bool{
	"surplus": true, "surpluses": true, "deficit": true, "deficits": true,
	"gap": true, "imbalance": true, "imbalances": true, "balance": true,
	"friction": true, "frictions": true, "tension": true, "tensions": true,
	"dispute": true, "disputes": true, "war": true, "wars": true, "row": true,
	"conflict": true, "conflicts": true, "problem": true, "problems": true,
	"issue": true, "issues": true, "barrier": true, "barriers": true,
	"relations": true, "ties": true, "talks": true, "negotiations": true,
	"policy": true, "policies": true, "figures": true, "bill": true,
	"legislation": true, "sanctions": true, "mission": true, "delegation": true,
	"agreement": true, "pact": true, "accord": true, "deal": true,
	"partner": true, "partners": true, "restrictions": true, "curbs": true,
}
