package actor

import (
	"slices"

	"github.com/annals-project/annals"
)

// genericFirms drops a business role word in the plural that a vague
// quantifier opens ("many companies are holding talks with the Soviets",
// "some firms have asked for exemptions"): such a phrase counts an
// unknown share of all firms, of any country, and names no party an event
// could be charged to. Left alone it would take the story's country and
// make a country's business sector the actor. A named or counted set ("the
// two companies", "Japanese firms", "several companies including Toshiba")
// is left as it is. Mentions from first on are this sentence's.
func genericFirms(doc *annals.Doc, first int) {
	toks := doc.Tokens
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		if m.Kind != annals.AgentMention || m.Code != "BUS" || m.Tokens.Len() != 1 || m.Tokens.Start == 0 {
			continue
		}
		if t := &toks[m.Tokens.Start]; t.Tag != annals.NNS || !firmPlurals[t.Norm] {
			continue
		}
		if vagueQuantifiers[toks[m.Tokens.Start-1].Norm] {
			doc.Mentions = slices.Delete(doc.Mentions, i, i+1)
			i--
		}
	}
}

// firmPlurals are the plural nouns for firms in general.
var firmPlurals = map[string]bool{"companies": true, "firms": true, "businesses": true, "corporations": true}

// vagueQuantifiers count an unknown part of a whole.
var vagueQuantifiers = map[string]bool{"many": true, "some": true, "most": true, "numerous": true, "few": true}
