package event

import (
	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// bodyVenueTrip reports whether a trip (042, or its intent 036 read from
// a visit pattern) to capital t is a journey to where an international
// body meets: "he will be going next week to Washington to take part in a
// meeting of the Inter American Development Bank", "a Zambian delegation
// would leave for Washington ... to complete negotiations with the IMF",
// "visits Washington for the International Monetary Fund (IMF) meeting".
// The city is the body's seat or the venue of its session, not a host
// government visited: the conventions leave a venue out of the parties.
// A country stays the host of what it hosts ("Yeutter, in New Zealand for
// informal GATT ministerial talks" is a visit to New Zealand); so does a
// capital when the trip's purpose names no such body ("for talks with
// President Reagan") or names the host's people beside it ("to attend the
// IMF's Interim Committee meeting and for talks with U.S. Officials").
func (sc *sentCtx) bodyVenueTrip(v *dict.Verb, code string, t int) bool {
	if t < 0 || code != "042" && !(code == "036" && v.Code == "042") {
		return false
	}
	m := &sc.doc.Mentions[t]
	if !m.Capital || len(m.Code) != 6 || m.Code[3:] != "GOV" {
		return false
	}
	toks := sc.doc.Tokens
	gathering, body := false, false
	for j := m.Tokens.End; j < sc.end && j < m.Tokens.End+tripWindow; j++ {
		switch toks[j].Norm {
		case ";", ":":
			return body
		}
		if bodyGatherings[lemma(&toks[j])] {
			gathering = true
		}
		for _, mi := range sc.ments {
			o := &sc.doc.Mentions[mi]
			if o.Tokens.Start != j || o.Kind != annals.ActorMention || len(o.Code) < 3 {
				continue
			}
			if o.Code[:3] == m.Code[:3] {
				return false // "and for talks with U.S. Officials": the host is met too
			}
			if o.Code[:3] != "IGO" || body {
				continue
			}
			// "for International Monetary Fund meetings": the body may
			// name the gathering that follows it.
			body = gathering
			for k := o.Tokens.End; k < sc.end && k < o.Tokens.End+3 && !body; k++ {
				body = bodyGatherings[lemma(&toks[k])]
			}
		}
	}
	return body
}

// tripWindow is how many tokens after the place a trip's purpose is read.
const tripWindow = 24

// bodyGatherings are the words for a session or a negotiation that an
// international body holds with its members.
var bodyGatherings = map[string]bool{
	"meeting": true, "conference": true, "session": true, "assembly": true,
	"negotiation": true, "talk": true, "attend": true,
}
