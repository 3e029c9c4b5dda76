package event

import "github.com/annals-project/annals"

// putNouns are the nouns of what one party puts to another: a suggestion,
// an offer, a demand. Their "from" phrase names who put it ("rejected
// suggestions from Washington", "rejected offers of a raise from the state
// oil company"), as the "by" phrase does; for other nouns "from" is a
// place or an origin ("imports from Japan", "troops from Chad").
var putNouns = map[string]bool{
	"suggestion": true, "proposal": true, "offer": true, "demand": true,
	"request": true, "call": true, "plea": true, "appeal": true,
	"pressure": true, "criticism": true, "advice": true, "charge": true,
	"accusation": true, "allegation": true, "claim": true, "complaint": true,
	"warning": true, "threat": true, "ultimatum": true, "invitation": true,
	"overture": true, "bid": true, "plan": true, "initiative": true,
	"recommendation": true, "objection": true, "protest": true,
}

// fromOwner reports whether the "from" at token j names the maker of the
// object of a criticism or rejection whose noun phrase, headed by noun
// lemma hl, ends before token end: the noun is one of what a party puts to
// another, and only its own "of" phrase may stand between ("offers of a
// raise from Petrobras"), so that a "from" of a later phrase ("filed a
// complaint with headquarters calling for his expulsion from the party")
// is not read as the maker. The party a rejection or criticism answers is
// the one that made the suggestion or offer, and the annotation
// conventions code the rejection of a named party's proposal as a
// rejection of that party.
func (sc *sentCtx) fromOwner(hl string, end, j int) bool {
	if !putNouns[hl] {
		return false
	}
	toks := sc.doc.Tokens
	for i := end; i < j; i++ {
		if !(toks[i].Norm == "of" && i == end) && (!sc.npToken(i) || toks[i].Tag == annals.PRP) {
			return false
		}
	}
	return true
}

// possessedMaker reports whether the actor list o, found after "from",
// only owns the maker: "bids from Italy's Gruppo Ferruzzi" are the
// company's bids, and the country that owns it made none.
func (sc *sentCtx) possessedMaker(o []int) bool {
	if len(o) == 0 || o[0] < 0 {
		return false
	}
	e := sc.doc.Mentions[o[len(o)-1]].Tokens.End
	return e < sc.end && sc.doc.Tokens[e].Tag == annals.POS
}
