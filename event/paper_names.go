package event

import (
	annals "github.com/annals-project/annals"
)

// paperName reports whether the actor at r only names a debt paper: in
// "market making in U.K. Government bonds", "the issue of Reagan bonds" or
// "instruments such as U.S. Government securities" the paper is traded,
// not the state that issued it or the man it is named for, so it is no
// party to the act. A paper word that leads a noun of its own ("Japanese
// securities houses") names firms, and a capitalised one belongs to a
// body's name ("U.S. Securities and Exchange Commission"): both stay.
func paperName(doc *annals.Doc, r annals.Range) bool {
	toks := doc.Tokens
	e := r.End
	if e >= len(toks) || !paperSet.Has(toks[e].Norm) || toks[e].Flags&annals.Cap != 0 {
		return false
	}
	return e+1 >= len(toks) || !toks[e+1].Tag.IsNoun()
}

// paperWords are the debt papers a state, a firm or a namesake issues.
var paperWords = map[string]bool{
	"bonds": true, "bond": true, "securities": true, "bills": true,
	"notes": true, "gilts": true, "debentures": true,
}
