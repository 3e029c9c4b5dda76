package event

import (
	annals "github.com/annals-project/annals"
)

// goodsReleased reports whether an event of release (084) frees goods or
// a text rather than people or property taken from a party: "the EC is
// releasing a further 300,000 tonnes of wheat from British intervention
// stores", "the decision to release an additional 300,000 tonnes of
// British intervention feed wheat". Stocks let onto a market and figures
// made public are no return or release between parties, and the country
// that owns the store is no one set free.
func (sc *sentCtx) goodsReleased(vg *annals.VerbGroup, code string) bool {
	if vg.Passive {
		return sc.passiveGoodsReleased(vg, code) // "data have not yet been released"
	}
	if len(code) < 3 || code[:3] != "084" {
		return false
	}
	toks := sc.doc.Tokens
	if h := lemma(&toks[vg.Head]); h != "release" && h != "free" {
		return false
	}
	for j := vg.Tokens.End; j < sc.end && j < vg.Tokens.End+8; j++ {
		t := &toks[j]
		switch {
		case t.Tag.IsNoun() && releasedGoods[lemma(t)]:
			return true
		case t.Tag.IsNoun(), t.Tag == annals.DT, t.Tag == annals.JJ, t.Tag == annals.RB, t.Tag == annals.CD,
			t.Tag == annals.PRPS, t.Norm == "of":
			continue
		}
		return false
	}
	return false
}

// releasedGoods are the measures, commodities and texts that are
// released onto a market or to the public.
var releasedGoods = map[string]bool{
	"tonne": true, "ton": true, "bushel": true, "barrel": true, "ounce": true,
	"wheat": true, "grain": true, "barley": true, "maize": true, "sugar": true,
	"butter": true, "stock": true, "statement": true, "figure": true,
	"data": true, "report": true, "result": true, "text": true,
}
