package where

import (
	"slices"

	"github.com/annals-project/annals/internal/wordtab"
)

// The word lists that a rule asks of most tokens that pass its filter
// are written as maps, which read best; the types below hold the same
// words in an open-addressed wordtab.Table, whose probe of a short word
// (most tokens) costs well under half the general map's hashing and
// group walk. They are not generic: a generic method is not inlined.

// sortedKeys returns the keys of m in order, so that a table built of
// them has the same slots on every run.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for w := range m {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	return keys
}

// cueWordTable holds placeCueSets for cueWordOf.
type cueWordTable struct {
	tab  wordtab.Table
	vals []cueWord // vals[id] is the entry of the word numbered id
}

// cueWordTableOf returns the table of m.
func cueWordTableOf(m map[string]cueWord) cueWordTable {
	keys := sortedKeys(m)
	vals := make([]cueWord, len(keys))
	for i, w := range keys {
		vals[i] = m[w]
	}
	return cueWordTable{tab: wordtab.New(keys), vals: vals}
}

// wordSet holds the words a map of a word list maps to true.
type wordSet struct{ tab wordtab.Table }

// setOf returns the set of the words m maps to true.
func setOf(m map[string]bool) wordSet {
	keys := sortedKeys(m)
	keys = slices.DeleteFunc(keys, func(w string) bool { return !m[w] })
	return wordSet{tab: wordtab.New(keys)}
}

// has reports whether w is in the set, as m[w] would.
func (s *wordSet) has(w string) bool {
	_, ok := s.tab.Find(w)
	return ok
}
