package where

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// Round 56 (issue 5), read from the misses of the read Reuters sets
// whose known name follows a preposition: the end of a journey is a
// place however the wire words the way there ("left at the weekend for
// the United States", "tonnes bound initially for Rotterdam"), and a
// "from" after a place names where something came from, not a person's
// home ("returned to the United States from Venezuela").

// goalAfterAdverb reports whether the "for" at token i of sentence si
// follows a word of forGoal and one adverb: "tonnes bound initially for
// Rotterdam and Ghent", "a ship heading directly for Kuwait".
func goalAfterAdverb(doc *annals.Doc, si, i int) bool {
	if i-2 < doc.Sentences[si].Tokens.Start {
		return false
	}
	a := &doc.Tokens[i-1]
	return a.Tag == annals.RB && strings.HasSuffix(a.Norm, "ly") && !capital(a) && forGoal[doc.Tokens[i-2].Norm]
}

// departArticles are the words of a phrase of time that may stand
// between a departure and its "for", beside departTimes': "left at the
// weekend for the United States".
var departArticles = map[string]bool{"at": true, "the": true}

// placeEndsAt reports whether a known place's name ends at token k of
// sentence si, the last word of a capitalised run: "returned to the
// United States from Venezuela" goes from one place to another, where
// "Eliud Kipchoge from Kenya" names where a person comes from.
func (r *Recognizer) placeEndsAt(doc *annals.Doc, si, k int) bool {
	s := &doc.Sentences[si]
	j := k
	for j > s.Tokens.Start && capital(&doc.Tokens[j-1]) && k-j < maxNameWords {
		j--
	}
	src := doc.SourceOf(si)
	var buf []byte
	for ; j < k; j++ {
		if sp, ok := r.match(doc, si, j, src, &buf); ok && sp.tok.End == k+1 {
			return true
		}
	}
	return false
}
