package actor

import "github.com/annals-project/annals"

// proceedingParties removes the political-party reading of "the parties"
// where nothing names a political kind: the parties to a dispute, a
// contract or a regulator's proceeding ("we are consulting with the
// parties", "the Department of Transportation had asked parties to submit
// statements"). The dictionary's "party" is a political party (OPP), which
// such phrases are not; parties named by their kind or their country
// ("opposition parties", "the two centre parties", "other parties") are
// kept, and so is a singular "party", most often one the story named.
func proceedingParties(doc *annals.Doc, first int) {
	kept := doc.Mentions[:first]
	for i := first; i < len(doc.Mentions); i++ {
		if !proceedingParty(doc, &doc.Mentions[i]) {
			kept = append(kept, doc.Mentions[i])
		}
	}
	doc.Mentions = kept
}

// proceedingParty reports whether m is an agent mention of "parties"
// whose only modifiers are determiners or words of a proceeding's parties
// (partyWords).
func proceedingParty(doc *annals.Doc, m *annals.Mention) bool {
	if m.Kind != annals.AgentMention || m.Code != "OPP" {
		return false
	}
	toks := doc.Tokens
	head := m.Tokens.End - 1
	if toks[head].Norm != "parties" {
		return false
	}
	s := doc.Sentences[doc.SentenceOf(head)].Tokens
	if head+1 < s.End && (toks[head+1].Tag == annals.NN || toks[head+1].Tag == annals.NNS || toks[head+1].Tag == annals.NNP) {
		return false // a modifier of the noun after it
	}
	for j := head - 1; j >= s.Start; j-- {
		w := toks[j].Norm
		if partyWords[w] {
			continue
		}
		switch toks[j].Tag {
		case annals.DT:
			if w == "the" || w == "both" || w == "all" || w == "any" || w == "these" || w == "those" {
				continue
			}
			return false
		case annals.JJ, annals.NN, annals.NNP, annals.NNS, annals.NNPS, annals.CD, annals.POS:
			return false // "opposition parties", "two centre parties", "Japan's parties"
		}
		break
	}
	return true
}

// partyWords mark the parties to a dispute, a contract or a proceeding
// rather than political parties.
var partyWords = map[string]bool{
	"third": true, "external": true, "interested": true, "concerned": true, "contracting": true,
	"injured": true, "guilty": true, "relevant": true, "affected": true, "respective": true,
}
