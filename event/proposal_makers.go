package event

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// approxWords are the words that hedge a sum before its number: "agreed to
// provide around 900 mln dlrs in untied credits to help Indonesia".
var approxWords = map[string]bool{
	"around": true, "about": true, "approximately": true, "roughly": true, "nearly": true, "almost": true,
}

// hedgedSum reports whether token j hedges the sum whose number follows it
// ("around 900 mln dlrs", "about 50 pct"), so that a pattern may step over
// it as it steps over the sum itself: Reuters states most amounts of aid
// and credit that way, and the hedge binds no party.
func hedgedSum(toks []annals.Token, j int) bool {
	// The tag first: match asks this of every word in a slot's gap.
	return j+1 < len(toks) && toks[j+1].Tag == annals.CD && approxWords[toks[j].Norm]
}

// answeredOnly reports whether v is a proposal or suggestion named by a
// noun ("~proposal"). Its party is the one that answers it ("Japan had
// rejected the U.S. proposal to open negotiations", "accepted a proposal
// from the Industry Ministry"); the actors after the noun are what it is
// about ("Gorbachev's proposal for withdrawing Soviet and American
// missiles", "a proposal by Speaker Wright for a tax"), not its addressee.
func answeredOnly(v *dict.Verb) bool {
	return len(v.Items) == 1 && slices.Contains(v.Items[0].Alts, "proposal")
}

// firmsOnly reports whether the first maker and the first addressee are
// both firms: a takeover or merger proposal put by one firm to another is
// commerce, not an appeal between political actors.
func (sc *sentCtx) firmsOnly(srcs, objs []int) bool {
	if len(srcs) == 0 || len(objs) == 0 || srcs[0] < 0 || objs[0] < 0 {
		return false
	}
	return strings.HasSuffix(sc.doc.Mentions[srcs[0]].Code, "BUS") && strings.HasSuffix(sc.doc.Mentions[objs[0]].Code, "BUS")
}

// farMaker reports whether the first maker found for the noun at token t
// stands more than three tokens after it: a "by" phrase that far belongs to
// a verb inside the proposal ("approved a proposal to repay loans owed by
// a private company"), not to the proposal ("a proposal by Speaker Wright").
func (sc *sentCtx) farMaker(t int, srcs []int) bool {
	return len(srcs) > 0 && srcs[0] >= 0 && sc.doc.Mentions[srcs[0]].Tokens.Start > t+3
}
