package quote

import (
	"strings"

	"github.com/annals-project/annals/internal/wordfilter"
)

// lowerSet answers whether a word in lower case is in a list. Its callers
// ask it of capitalised words, most in no list: an ASCII word is lowered
// on the stack, without the copy strings.ToLower makes, and the filter
// turns most away from those bytes, without the string a lookup of the
// list's wordtab.Set would need (issue 2).
type lowerSet struct {
	filter *wordfilter.Filter
	words  map[string]bool
}

// rolesLower is roles, asked in lower case.
var rolesLower = lowerSet{filter: wordfilter.New(roles.words), words: roles.words}

// has reports whether w in lower case is in the list, as
// s.words[strings.ToLower(w)] does.
func (s lowerSet) has(w string) bool {
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
