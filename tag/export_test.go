package tag

import "sync"

var knownLex = sync.OnceValue(func() lexicon {
	lex, _ := loadLexicon()
	return lex
})

// Known reports whether the lexicon lists word, for the corpus survey.
func Known(word string) bool { return knownLex()[word] != nil }
