package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// shownWords open the clause a "demonstrate" shows: "they do demonstrate
// how a creative free market can make progress", "the meeting demonstrated
// that the process is working".
var shownWords = map[string]bool{
	"that": true, "how": true, "what": true, "whether": true, "why": true,
}

// showsClause reports whether the verb group is followed by a clause it
// shows ("demonstrated that ..."): such a "demonstrate" proves a point and
// is no street protest, as "demonstrates the intention" with an object is
// not.
func (sc *sentCtx) showsClause(vg *annals.VerbGroup) bool {
	j := vg.Tokens.End
	return j < sc.end && shownWords[sc.doc.Tokens[j].Norm]
}

// forumOnly reports whether every target is an intergovernmental body
// ("complained to the United Nations that planes from Afghanistan
// attacked", "would complain to the General Agreement on Tariffs and
// Trade"): a complaint taken to a forum is aimed at a third party the
// complaint names, not at the forum that hears it.
func (sc *sentCtx) forumOnly(tgts []int) bool {
	if len(tgts) == 0 {
		return false
	}
	for _, t := range tgts {
		if t < 0 || !strings.HasPrefix(sc.doc.Mentions[t].Code, "IGO") {
			return false
		}
	}
	return true
}
