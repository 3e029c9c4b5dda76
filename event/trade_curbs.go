package event

import (
	annals "github.com/annals-project/annals"
)

// This file holds curbs on trade read as sanctions. CAMEO codes an
// embargo, a boycott or trade sanctions as 163, and the conventions of
// the gold sets code tariffs and trade curbs so ("tariffs and trade
// sanctions ... are 163"). The verbs that impose them also name
// administrative curbs on people and bodies (172: "imposed restrictions
// on the press", "suspended the licence") and blockades (191: "closed the
// border"); when the thing curbed or closed off is goods, the act is the
// trade sanction: "impose curbs on Japanese exports", "close its border to
// imports of fresh fruit".

// curbedGoods are the lower-case nouns that say the curb falls on trade.
var curbedGoods = map[string]bool{
	"import": true, "export": true, "good": true, "product": true,
	"shipment": true, "commodity": true, "merchandise": true, "cargo": true,
	"trade": true,
}

// tradeCurb reports whether an administrative curb (17x, bar the arrests
// and force of 173-175) or a closure (191) falls on goods: a curbed-goods
// noun in the few words after the verb, before a comma, a stop or
// another verb.
func (sc *sentCtx) tradeCurb(vg *annals.VerbGroup, code string) bool {
	switch {
	case len(code) >= 3 && code[:3] == "172", code == "191":
	default:
		return false
	}
	toks := sc.doc.Tokens
	for k := vg.Tokens.End; k < sc.end && k < vg.Tokens.End+10; k++ {
		t := &toks[k]
		if t.Tag.IsVerb() || t.Tag == annals.COMMA || t.Tag == annals.STOP {
			return false
		}
		if (t.Tag == annals.NN || t.Tag == annals.NNS) && curbedGoods[lemma(t)] {
			return true
		}
	}
	return false
}
