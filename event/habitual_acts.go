package event

import annals "github.com/annals-project/annals"

// habitual reports whether verb group vg tells what a party does as a rule
// rather than an act done: "The two sides usually try to meet as each new
// year of the agreement approaches", "officials normally meet in the
// summer", "China traditionally opposes granting dual nationality", "they
// also routinely inspect all banks". Such a sentence describes a custom or
// a standing policy; it reports no event of its own day.
func (sc *sentCtx) habitual(vg *annals.VerbGroup) bool {
	for k := vg.Tokens.Start; k < vg.Tokens.End && k < sc.end; k++ {
		if habitualAdverbs[sc.doc.Tokens[k].Norm] {
			return true
		}
	}
	return false
}

// habitualAdverbs say that an act recurs by custom. "Regularly" and
// "often" are left out: "regularly shelled the border towns" reports the
// shelling.
var habitualAdverbs = map[string]bool{
	"usually": true, "normally": true, "traditionally": true, "routinely": true,
	"customarily": true, "typically": true, "habitually": true,
}
