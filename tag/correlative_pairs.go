package tag

import "github.com/annals-project/annals"

// correlativePair reports whether the "and" or "or" at token c closes the
// first half of a pair opened by "both", "either" or "neither" over a run
// of nouns and adjectives ("through both banks and brokers", "either
// farmers or traders"): the word after it is the pair's second member, of
// the first one's kind, not a verb, whatever its priors ("brokers" is more
// often a verb in the news).
func correlativePair(toks []annals.Token, c int) bool {
	if c <= 0 || toks[c].Norm != "and" && toks[c].Norm != "or" && toks[c].Norm != "nor" {
		return false
	}
	for k := c - 1; k >= 0 && c-k <= 5; k-- {
		switch toks[k].Norm {
		case "both", "either", "neither":
			return k < c-1
		}
		if !toks[k].Tag.IsNoun() && toks[k].Tag != annals.JJ {
			return false
		}
	}
	return false
}
