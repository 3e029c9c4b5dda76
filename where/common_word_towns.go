package where

import "strings"

// commonWordMark begins the second tier's references of a name the tag
// lexicon knows as a common word. The tier keeps such a name only as a
// town's own name (see internal/gen), since many towns bear one: "Delta,
// Pa.", "Purchase, N.Y.", "Palisade, Colo.". The word is far more often
// the word ("Delta Air Lines", "the purchase price"), so it names the town
// only beside the town's region: a country after the comma may end a
// clause ("in Hope, Britain said"), and the countries an article names
// admit none.
const commonWordMark = "~"

// commonWordRefs strips the mark from the references of a name, and says
// whether they were of a common word that the region named beside it
// (inKey) may place: ok is false when the word has no region beside it.
func commonWordRefs(refs, inKey string) (rest string, common, ok bool) {
	rest, common = strings.CutPrefix(refs, commonWordMark)
	return rest, common, !common || inKey != ""
}
