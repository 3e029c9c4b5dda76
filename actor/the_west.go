package actor

import annals "github.com/annals-project/annals"

// theWest reports whether the tokens at j are "the West" used as a noun for
// the Western powers ("accused the West of intransigence"), which CAMEO codes
// WST. The article must precede the word, and the next token must not be
// capitalised, so "the West German government", "the West Bank" and "the
// West Coast" stay with their own entries or none.
func theWest(toks []annals.Token, i, j, end int) bool {
	if j == i || toks[j].Norm != "west" || toks[j].Flags&annals.Cap == 0 {
		return false
	}
	if j+1 < end {
		next := &toks[j+1]
		if next.Flags&annals.Cap != 0 || next.Norm == "german" || next.Norm == "germans" || next.Norm == "-" {
			return false
		}
	}
	return true
}
