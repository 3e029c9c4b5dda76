package where

import annals "github.com/annals-project/annals"

// Round 91 (issue 5): the land a named natural feature lies in. "The
// Black Warrior Basin of Alabama", "the lower Rio Grande Valley of
// Texas", "the Paris Basin of France", "the Imperial Valley of
// California": after a feature's proper name and its noun, "of" names the
// territory that holds the feature, as "the north of" or "the coast of"
// does, never an owner. placeCue read the capitalised noun before "of" as
// the end of an institution's name ("the Northern District of
// California") and gave no cue. A firm may be named so ("Gold Fields of
// South Africa Ltd"), so the nouns are those of land forms that a firm's
// name rarely ends on, and a firm word after the place turns the cue
// away.

// featureOfHeads are the nouns of land forms and coasts whose proper
// name "of" and its territory follow.
var featureOfHeads = map[string]bool{
	"basin": true, "valley": true, "coast": true, "delta": true, "plain": true, "plains": true,
	"desert": true, "peninsula": true, "mountains": true, "highlands": true, "plateau": true,
}

// featureOf reports whether the "of" at token i of sentence si follows a
// feature noun of featureOfHeads after a capitalised name ("Black
// Warrior Basin of", "Rio Grande valley of"), and no firm word ends the
// name after it.
func featureOf(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	if i-2 < s.Tokens.Start || i+1 >= s.Tokens.End {
		return false
	}
	h, n := &doc.Tokens[i-1], &doc.Tokens[i-2]
	if !word(h) || !featureOfHeads[h.Norm] || !capital(n) || !word(n) {
		return false
	}
	// "Gold Fields of South Africa Ltd": the run of capitalised words
	// after "of" ends on a firm's word.
	k := i + 1
	if doc.Tokens[k].Norm == "the" {
		k++
	}
	for k < s.Tokens.End && capital(&doc.Tokens[k]) {
		if firmEnds[doc.Tokens[k].Norm] {
			return false
		}
		k++
	}
	return true
}
