package tag

import "github.com/annals-project/annals"

// A noun phrase opened by a determiner often goes on with a past
// participle and its agent, a relative clause cut short: "a wide-ranging
// economic integration accord signed by the presidents", "a peace plan
// backed by Egypt", "the aid package approved by Congress". A base form
// between the phrase's singular noun and such a participle is the phrase's
// head, not a verb: read as "integration accord(s)", the clause would hold
// a verb that wants its -s and a second verb right after it.

// agentParticipleAt reports whether token j is a past form with no noun
// reading followed by "by" and a word that is no number, so a passive
// participle with its agent ("signed by the presidents"); "by" with a
// number measures a change ("cut by 5 pct").
func agentParticipleAt(toks []annals.Token, cs []*cand, j int) bool {
	if j+2 >= len(toks) || toks[j+1].Norm != "by" || toks[j+2].Has(annals.Digit) {
		return false
	}
	set := cs[j].set
	return set.has(annals.VBN) && set&nounTags == 0
}
