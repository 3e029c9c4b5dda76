package event

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// beneficiaryOnly reports whether every actor found after an appeal verb
// whose pattern names no target stands in a second "for" phrase, after the
// thing asked for: "renewed his call for import relief for the domestic oil
// industry", "called for a safe zone for refugees". That actor is who
// would gain, not whom the appeal is made to, so the appeal has no target.
// An international body is kept: powers or funds asked for it are asked of
// its members, in it ("appealed for stronger powers for GATT").
func (sc *sentCtx) beneficiaryOnly(vg *annals.VerbGroup, v *dict.Verb, objs []int) bool {
	if !sc.own || !v.TargetNone || !strings.HasPrefix(v.Code, "02") || len(objs) == 0 {
		return false
	}
	toks := sc.doc.Tokens
	for _, o := range objs {
		if o < 0 || o >= len(sc.doc.Mentions) {
			return false
		}
		m := &sc.doc.Mentions[o]
		if strings.HasPrefix(m.Code, "IGO") {
			return false
		}
		// The phrase's head words before the actor: "the domestic oil".
		k := m.Tokens.Start - 1
		for n := 0; n < 4 && k > vg.Tokens.End && offeredWord(toks[k].Tag); n++ {
			k--
		}
		if k <= vg.Tokens.End || toks[k].Norm != "for" || !sc.forBetween(vg.Tokens.End, k) {
			return false
		}
	}
	return true
}

// forBetween reports whether a "for" introducing the thing asked for lies
// in tokens [from, to) with no finite verb or clause break after it; a
// participle may qualify the thing ("continued treatment").
func (sc *sentCtx) forBetween(from, to int) bool {
	toks := sc.doc.Tokens
	for k := to - 1; k >= from; k-- {
		t := &toks[k]
		if t.Tag.IsVerb() && t.Tag != annals.VBN && t.Tag != annals.VBG || t.Norm == "," || t.Norm == ";" {
			return false
		}
		if t.Norm == "for" {
			return true
		}
	}
	return false
}
