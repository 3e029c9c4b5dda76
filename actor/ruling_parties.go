package actor

import (
	"strings"

	"github.com/annals-project/annals"
)

// rulingParties gives a party named as ruling or governing the role of
// government: "the ruling Conservative party", "the ruling Socialist
// Party's trade union arm", "the ruling party", "the governing
// United National Independence Party". The party role word and a party's
// name that the dictionary does not list code it as opposition, and the
// check that a role word after a country's possessive makes for
// ("Britain's ruling Conservative Party") never sees a party whose country
// comes from the story. "Ruling" must stand right before the party's
// capitalised name or the role word itself: in "the ruling and opposition
// parties" it qualifies the other. Mentions from index first on are this
// run's.
func rulingParties(doc *annals.Doc, first int) {
	toks := doc.Tokens
	for i := first; i < len(doc.Mentions); i++ {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || len(m.Code) != 6 || !strings.HasSuffix(m.Code, "OPP") || m.Tokens.Len() == 0 {
			continue
		}
		last := m.Tokens.End - 1
		if toks[last].Lemma != "party" {
			continue
		}
		s := doc.SentenceOf(last)
		if s < 0 {
			continue
		}
		start := doc.Sentences[s].Tokens.Start
		k := last - 1
		for n := 0; k >= start && n < 5 && toks[k].Flags&annals.Cap != 0 && (toks[k].Tag == annals.NNP || toks[k].Tag == annals.NNPS || toks[k].Tag == annals.JJ); n++ {
			k-- // the party's name: "Conservative", "United National Independence"
		}
		if k >= start && (toks[k].Norm == "ruling" || toks[k].Norm == "governing") {
			m.Code = m.Code[:3] + "GOV"
			m.Role = "ruling party"
		}
	}
}
