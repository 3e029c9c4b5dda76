package event

import (
	annals "github.com/annals-project/annals"
)

// absentAct reports whether the act named by the noun of verb group vg
// is said not to have happened by a "no" that determines it: "there had
// been no pressure from the U.S. or any other country", "no U.S.
// pressure", "no formal talks". Like a negated verb, it is not coded as
// done.
func (sc *sentCtx) absentAct(vg *annals.VerbGroup) bool {
	toks := sc.doc.Tokens
	if !toks[vg.Head].Tag.IsNoun() {
		return false
	}
	// Modifiers may stand between: "no formal talks", "no U.S. pressure".
	for j, n := vg.Tokens.Start-1, 0; j >= sc.start && n < 3; j, n = j-1, n+1 {
		switch tg := toks[j].Tag; {
		case toks[j].Norm == "no":
			return true
		case tg == annals.JJ || tg == annals.NNP || tg == annals.NN:
			continue
		}
		return false
	}
	return false
}
