package event

import annals "github.com/annals-project/annals"

// underHabitual reports whether a non-finite verb group (an infinitive or
// an -ing form) depends on a finite one that tells a custom: "officials
// normally meet in the summer ... to discuss grain quality", "gunboats
// usually check a ship's cargo before attacking", "businessmen
// traditionally turned to the domestic market ... while turning their
// backs on foreign markets". The purpose or the manner of a custom is
// part of the custom, no act of the day. The walk back passes other
// non-finite groups and stops at "but" or a semicolon, where a new
// clause begins.
func (sc *sentCtx) underHabitual(vg *annals.VerbGroup) bool {
	doc := sc.doc
	toks := doc.Tokens
	if !nonFinite(toks, vg) {
		return false
	}
	from := vg.Tokens.Start
	for i := len(doc.Verbs) - 1; i >= 0; i-- {
		g := &doc.Verbs[i]
		if g.Tokens.Start >= from {
			continue
		}
		if g.Tokens.Start < sc.start {
			return false
		}
		for k := g.Tokens.End; k < from; k++ {
			if toks[k].Norm == "but" || toks[k].Norm == ";" {
				return false
			}
		}
		if !nonFinite(toks, g) {
			return sc.habitual(g)
		}
		from = g.Tokens.Start
	}
	return false
}

// nonFinite reports whether verb group g is an infinitive with "to" or a
// bare -ing form, with no modal or auxiliary of its own.
func nonFinite(toks []annals.Token, g *annals.VerbGroup) bool {
	if g.Modal != "" || g.Tokens.Len() > 2 {
		return false
	}
	h := &toks[g.Head]
	switch h.Tag {
	case annals.VBG:
		return g.Tokens.Len() == 1
	case annals.VB:
		s := g.Tokens.Start
		return toks[s].Norm == "to" || s > 0 && toks[s-1].Norm == "to"
	}
	return false
}
