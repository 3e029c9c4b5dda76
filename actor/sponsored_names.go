package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// sponsorOfName reports whether the name before a hyphen in token i is
// the sponsor of a capitalised name right after the token, not an actor
// of its own: in "the Soviet-led Comecon", "U.S.-backed Contra rebels" and
// "Cuban-backed Angolan troops" Comecon, the Contras and Angola's troops
// act, and the Soviet Union, the United States and Cuba only stand behind
// them. A sponsored common noun ("the U.S.-led coalition") names no one
// else, and the sponsor stays its actor.
func sponsorOfName(doc *annals.Doc, i int, rest string) bool {
	next, _, _ := strings.Cut(rest, "-")
	switch strings.ToLower(next) {
	case "led", "backed", "sponsored", "supported", "funded", "armed", "controlled", "dominated":
	default:
		return false
	}
	if i+1 >= len(doc.Tokens) {
		return false
	}
	t := &doc.Tokens[i+1]
	return t.Flags&annals.Cap != 0 && t.Flags&(annals.SentStart|annals.ParaStart|annals.Punct) == 0 && t.Tag != annals.QUOTE
}
