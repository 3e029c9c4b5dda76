package tag

import (
	"sync"

	"github.com/annals-project/annals"
)

var knownIndex = sync.OnceValue(func() *lexIndex {
	lex, _ := loadLexicon()
	return lex
})

// Known reports whether the lexicon lists word, for the corpus survey.
func Known(word string) bool { return knownIndex().get(word) != nil }

// VerbReadings returns the verb lemmas the lexicon gives word, one per
// verb tag it can take, for the verb audit.
func VerbReadings(word string) map[string]bool {
	var c cand
	knownIndex().analyze(word, &c)
	out := map[string]bool{}
	for _, t := range []annals.Tag{annals.VB, annals.VBP, annals.VBZ, annals.VBD, annals.VBN, annals.VBG} {
		if c.set.has(t) {
			if l := c.lemma(t); l != "" {
				out[l] = true
			}
		}
	}
	return out
}

// HasNoun reports whether the lexicon gives word a noun reading, for the
// verb audit.
func HasNoun(word string) bool {
	var c cand
	knownIndex().analyze(word, &c)
	return c.set&nounTags != 0
}

// HasReadings reports whether the lexicon gives norm any reading, for the
// test that numbers have none.
func HasReadings(norm string) bool {
	var c cand
	knownIndex().analyze(norm, &c)
	return c.set != 0
}
