package actor

import "github.com/annals-project/annals"

// mirrorWords are the nouns that name people by the role of someone else:
// "their Japanese colleagues", "their U.S. counterparts".
var mirrorWords = map[string]bool{"colleague": true, "counterpart": true}

// ownerWords are the possessive determiners that tie a mirror noun to the
// subject it mirrors ("met their Japanese colleagues").
var ownerWords = map[string]bool{"their": true, "his": true, "her": true, "my": true, "our": true, "your": true}

// mirroredRoles gives a nationality followed by "colleagues" or
// "counterparts" after a possessive the role of the party it mirrors: the
// nearest earlier actor of the sentence that has one. Business leaders'
// Japanese colleagues are JPNBUS and lawmakers' U.S. counterparts USALEG,
// where the bare nationality (JPN) named the state and the counterpart
// agent alone said government.
func mirroredRoles(doc *annals.Doc, first int) {
	toks := doc.Tokens
	n := len(doc.Mentions)
	for i := first; i < n; i++ {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Type != "COUNTRY" || m.Implied || m.Via != "" || m.Part.End > 0 || len(m.Code) < 3 {
			continue
		}
		country := countryOf(m.Code)
		if country == "" {
			continue
		}
		end := m.Tokens.End
		switch {
		case len(m.Code) == 3 && end < len(toks) && mirrorSet.Has(toks[end].Lemma):
			end++ // "Japanese colleagues": the noun is no agent of its own
		case len(m.Code) == 6 && m.Tokens.Len() > 1 && mirrorSet.Has(toks[end-1].Lemma):
		default:
			continue
		}
		if j := m.Tokens.Start - 1; j < 0 || !ownerWords[toks[j].Norm] {
			continue
		}
		s := doc.SentenceOf(m.Tokens.Start)
		if s < 0 {
			continue
		}
		role := mirroredRole(doc, first, doc.Sentences[s].Tokens.Start, m.Tokens.Start)
		if role == "" {
			continue
		}
		m.Tokens.End = end
		m.Code = country + role
	}
}

// mirroredRole returns the role code of the nearest actor in tokens
// [start, before) whose code has one, or "".
func mirroredRole(doc *annals.Doc, first, start, before int) string {
	best, at := "", -1
	for i := first; i < len(doc.Mentions); i++ {
		o := &doc.Mentions[i]
		if o.Kind != annals.ActorMention || o.Tokens.Start < start || o.Tokens.End > before || o.Tokens.Start <= at {
			continue
		}
		if len(o.Code) == 6 && countryOf(o.Code) != "" {
			best, at = o.Code[3:], o.Tokens.Start
		}
	}
	return best
}
