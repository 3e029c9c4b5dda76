package where

import "github.com/annals-project/annals"

// Round 41 reads more company and market news: the wire names the
// accords, summits and meetings of 1987 after the city that held them
// ("the Paris accord", "the Venice economic summit", "the recent Paris
// Accord"), and such a name is an attribute even after "in" or "at"
// ("as pledged in the Paris accord", "at the Venice meeting"); "the state
// of X" that guarantees, agrees, is sued or acts is the state's
// government, a party. (East Germany and East Berlin, scored as Germany
// and Berlin, are names in countries.tsv and aliases.tsv.)

// gatherings are the nouns of accords and gatherings that a city name
// before them names: "the Paris accord", "the Venice summit".
var gatherings = map[string]bool{
	"accord": true, "accords": true, "agreement": true, "pact": true, "summit": true,
	"meeting": true, "meetings": true, "conference": true, "communique": true,
}

// gatheringTopics are the lower-case words that may stand between the
// city and the gathering's noun: "the Paris monetary conference", "the
// Venice economic summit", "the Paris currency accord".
var gatheringTopics = map[string]bool{
	"monetary": true, "currency": true, "currencies": true, "economic": true,
	"summit": true, "finance": true, "ministerial": true, "ministers": true,
}

// gatheringAfter reports whether the tokens from e, right after a place
// name in sentence si, name an accord or gathering the place names: at
// most two topic words, then a noun of gatherings, in any case but not
// joined to a further capitalised name ("Paris Club" is not one, and
// "Paris Agreement Corp" would be a firm).
func gatheringAfter(doc *annals.Doc, si, e int) bool {
	end := doc.Sentences[si].Tokens.End
	for k := e; k < end && k <= e+2; k++ {
		t := &doc.Tokens[k]
		if !word(t) {
			return false
		}
		if gatheringsFilter.May(t.Norm) && gatherings[t.Norm] {
			return k+1 >= end || !capital(&doc.Tokens[k+1]) || doc.Tokens[k+1].Flags&annals.AllCaps != 0
		}
		if !gatheringTopicsFilter.May(t.Norm) || !gatheringTopics[t.Norm] {
			return false
		}
	}
	return false
}

// partyWords are the words after which "the state of X" is a party,
// the state's government, rather than where something is ("guaranteed by
// the state of South Australia", "agreed with the State of Kansas",
// "claims for 1,200 individuals and the state of Missouri", "a lawsuit
// against the state of Montana", "told the state of Minnesota", "the
// director of investment for the state of New Jersey"); "Floods hit the
// state of New York" and "officials of the state of New York" keep the
// place.
var partyWords = map[string]bool{
	"by": true, "with": true, "against": true, "and": true, "told": true, "for": true,
}

// stateVerbs follow "the state of X" as its subject, the government
// acting: "The State of Illinois has committed", "the State of Alaska
// had gathered", "The state of South Australia still limits".
var stateVerbs = map[string]bool{
	"has": true, "had": true, "have": true, "will": true, "would": true, "said": true,
	"says": true, "agreed": true, "still": true, "is": true, "was": true,
}

// placeWords are the prepositions after which "the state of X" is
// where something is, whatever verb follows: "operations in the state of
// Maine would be combined".
var placeWords = map[string]bool{
	"in": true, "at": true, "within": true, "throughout": true, "across": true,
	"into": true, "to": true, "around": true, "near": true, "outside": true, "inside": true,
}

// grantNouns are what a state's government gives: after them "from the
// state of X" names the giver, not an origin ("an industrial revenue bond
// financing from the State of Connecticut"; but "I'm from the state of
// Illinois").
var grantNouns = map[string]bool{
	"financing": true, "funding": true, "funds": true, "loan": true, "loans": true,
	"grant": true, "grants": true, "money": true, "aid": true, "approval": true,
	"permission": true, "license": true, "subsidy": true, "subsidies": true,
}

// statesAsParties drops the names written "the state of X" that name
// the state's government rather than a location: after a party word or
// a noun of grants and "from", or before a verb of its own; never with a
// possessive after the name ("the state of Brazil's economy" is a
// condition, not a government).
func statesAsParties(doc *annals.Doc, spans []span) []span {
	out := spans[:0]
	for _, sp := range spans {
		if !stateParty(doc, sp) {
			out = append(out, sp)
		}
	}
	return out
}

// stateParty reports whether sp is the X of a "the state of X" that
// names a party (see statesAsParties).
func stateParty(doc *annals.Doc, sp span) bool {
	si := doc.SentenceOf(sp.tok.Start)
	if si < 0 {
		return false
	}
	s := doc.Sentences[si].Tokens
	i := sp.tok.Start
	if i-3 < s.Start || doc.Tokens[i-1].Norm != "of" || doc.Tokens[i-2].Norm != "state" ||
		doc.Tokens[i-3].Norm != "the" {
		return false
	}
	if i-4 >= s.Start && placeWords[doc.Tokens[i-4].Norm] {
		return false // "the union in the state of Baden-Wuerttemberg has called"
	}
	if e := sp.tok.End; e < s.End {
		if w := doc.Tokens[e].Norm; w == "'s" {
			return false
		} else if stateVerbs[w] {
			return true
		}
	}
	if i-4 < s.Start {
		return false
	}
	if w := doc.Tokens[i-4].Norm; w == "from" {
		return i-5 >= s.Start && grantNouns[doc.Tokens[i-5].Norm]
	}
	return partyWords[doc.Tokens[i-4].Norm]
}
