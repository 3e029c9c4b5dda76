package event

import "github.com/annals-project/annals"

// partitiveOf reports whether token j is the "of" of a partitive after a
// number or quantifier ("captured one of Iraq's strongest fortifications",
// "took part of the town"): the noun the act takes heads the phrase after
// "of", so a search for the object's head steps over it.
func partitiveOf(toks []annals.Token, j, start int) bool {
	if j <= start || toks[j].Norm != "of" {
		return false
	}
	switch p := &toks[j-1]; {
	case p.Tag == annals.CD:
		return true
	default:
		switch p.Norm {
		case "some", "part", "most", "many", "several", "all", "each", "parts", "much":
			return true
		}
	}
	return false
}
