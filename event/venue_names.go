package event

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// venueName reports whether the actor m is a capital that names a meeting
// or an accord after where it was held, or a country that names a round of
// trade talks: "agreed at the recent Paris meeting", "contravened the 1976
// Berne Agreement", "expected to attend the Peking meeting", "supported
// the Uruguay trade round". The place hosted the talks; it is no party to
// them, and read as its government it becomes a target that never acted.
// A country before "meeting" or "accord" stays: "a U.K. agreement with the
// U.S." names a party, and so does a pair written with a hyphen ("the
// U.S.-Japan pact").
func venueName(doc *annals.Doc, m *annals.Mention) bool {
	if !m.Capital && m.Type != "COUNTRY" || m.Part != (annals.Range{}) {
		return false
	}
	toks := doc.Tokens
	s, e := m.Tokens.Start, m.Tokens.End
	if e >= len(toks) || s > 0 && strings.HasSuffix(toks[s-1].Norm, "-") || strings.HasPrefix(toks[e].Norm, "-") {
		return false
	}
	if e+1 < len(toks) && toks[e].Flags&annals.Cap == 0 && (toks[e].Tag == annals.NN || toks[e].Tag == annals.JJ) && venueWord(&toks[e+1]) {
		e++ // "the Uruguay trade round", "the Tokyo economic summit"
	}
	if !venueWord(&toks[e]) || !m.Capital && lemma(&toks[e]) != "round" {
		return false
	}
	// A name going on after the noun is a body's own name, left to the
	// dictionary.
	return e+1 >= len(toks) || toks[e+1].Flags&annals.Cap == 0 || toks[e+1].Tag != annals.NNP
}

// venueWord reports whether t is one of venueNouns, by its lemma or, for
// "meeting" tagged as a verb's participle, by its written form. The
// coder asks it after nearly every country's mention, and the filter
// answers most words without the map's hashing.
func venueWord(t *annals.Token) bool {
	l := lemma(t)
	return venueFilter.May(l) && venueNouns[l] || venueFilter.May(t.Norm) && venueNouns[t.Norm]
}

// venueNouns are the gatherings and texts that take the name of the place
// where they were held or signed.
var venueNouns = map[string]bool{
	"meeting": true, "summit": true, "conference": true, "round": true,
	"agreement": true, "accord": true, "pact": true, "communique": true,
	"declaration": true, "session": true, "gathering": true, "talks": true,
	"talk": true, "meetings": true, "treaty": true, "convention": true,
}
