package tag

import "github.com/annals-project/annals"

// bareApostrophePossessive reports whether the apostrophe at token i is the
// possessive of a singular name ending in s, x or z, written with the
// apostrophe alone as news style does ("Secretary of State George Shultz'
// visit later this month to Moscow", "Pickens' offer"). The rule for
// plurals ("the countries' representation") does not reach these, since
// the name is tagged NNP, and the apostrophe read as a closing quote cuts
// the owner from the noun it owns. It holds when the name just before ends
// in one of those letters and is written against the apostrophe, a noun or
// adjective follows with no punctuation, and no single quote was opened in
// the words before (then the apostrophe would close it: "the 'Shultz' plan").
func bareApostrophePossessive(toks []annals.Token, cs []*cand, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].Tag != annals.NNP {
		return false
	}
	prev := toks[i-1].Norm
	if len(prev) < 3 || toks[i-1].End != toks[i].Start {
		return false
	}
	switch prev[len(prev)-1] {
	case 's', 'x', 'z':
	default:
		return false
	}
	if cs[i+1].set&(nounTags|bit(annals.JJ)) == 0 || toks[i+1].Flags&annals.Punct != 0 {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-15; j-- {
		if toks[j].Norm == "'" || toks[j].Tag == annals.STOP {
			return toks[j].Tag == annals.STOP
		}
	}
	return true
}
