package quote

import (
	"strings"

	"github.com/annals-project/annals/internal/wordfilter"
)

// wordSet is a word list with a filter in front: name runs ask the lists
// about every capitalised word, and most are in none of them, which the
// filter answers without hashing the word for the map (issue 2).
type wordSet struct {
	filter *wordfilter.Filter
	words  map[string]bool
}

func guard(words map[string]bool) wordSet {
	return wordSet{filter: wordfilter.New(words), words: words}
}

// has reports whether w is in the list.
func (s wordSet) has(w string) bool { return s.filter.May(w) && s.words[w] }

// The guarded lists of the name runs (buildNames, nameStart, addRun).
var (
	functionCapSet    = guard(functionCaps.words)
	nameBreakSet      = guard(nameBreaks.words)
	occupationSet     = guard(occupations.words)
	nonPersonSet      = guard(nonPerson.words)
	firmSuffixSet     = guard(firmSuffix.words)
	orgWordSet        = guard(orgWords.words)
	thingHeadSet      = guard(thingHeads.words)
	particleSet       = guard(particles.words)
	joinerSet         = guard(joiners.words)
	roleSet           = guard(roles.words)
	occupationNounSet = guard(occupationNouns.words)
)

// hasLower reports whether w in lower case is in the list, as
// s.words[strings.ToLower(w)] does; an ASCII word is lowered on the stack,
// without the copy ToLower makes of a capitalised word.
func (s wordSet) hasLower(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return s.words[strings.ToLower(w)]
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return s.words[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return s.filter.MayBytes(b) && s.words[string(b)]
}
