package event

import (
	annals "github.com/annals-project/annals"
)

// This file holds markets opened by someone other than their owner. Only
// the state whose market it is can open it: "urged Japan to open its
// markets to U.S. goods" and "Japan failed to ... open its home market to
// U.S. products" leave the speaker and the party speaking of it coded as
// the opener when the appeal or the failure is not read, so the source
// comes out as a U.S. body opening a market to U.S. goods. And in "to
// open the Japanese market to foreign participation" or "opening Japan's
// markets to foreign competition" the country named is the market's
// owner, not the party it is opened to.

// marketOpenedByOther reports whether an "open the market" event (061 or
// its intent 0311) has a source of the same country as its target, or a
// target that only owns the market: either way the opener the pattern
// found is not the market's owner acting towards a partner.
func (sc *sentCtx) marketOpenedByOther(vg *annals.VerbGroup, code string, srcs, tgts []int) bool {
	if code != "061" && code != "0311" || lemma(&sc.doc.Tokens[vg.Head]) != "open" {
		return false
	}
	obj := sc.forceObject(vg)
	if obj < 0 || lemma(&sc.doc.Tokens[obj]) != "market" {
		return false
	}
	for _, t := range tgts {
		if t < 0 || t >= len(sc.doc.Mentions) {
			continue
		}
		if sc.marketOwner(t, obj) {
			return true
		}
		tc := sc.doc.Mentions[t].Code
		for _, s := range srcs {
			if s >= 0 && s < len(sc.doc.Mentions) && len(tc) >= 3 && len(sc.doc.Mentions[s].Code) >= 3 && sc.doc.Mentions[s].Code[:3] == tc[:3] {
				return true
			}
		}
	}
	return false
}

// marketOwner reports whether mention mi names the owner of the market
// noun at obj: it stands in the market's own noun phrase, as a possessor
// ("Japan's markets") or a modifier ("the Japanese market").
func (sc *sentCtx) marketOwner(mi, obj int) bool {
	r := sc.doc.Mentions[mi].Tokens
	if r.End > obj || r.Start < obj-5 {
		return false
	}
	for j := r.End; j < obj; j++ {
		t := &sc.doc.Tokens[j]
		if !(t.Tag == annals.POS || t.Tag == annals.JJ || t.Tag.IsNoun()) {
			return false
		}
	}
	return true
}
