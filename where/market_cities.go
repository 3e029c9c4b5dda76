package where

import (
	annals "github.com/annals-project/annals"
)

// A city named after "in" or "on" and before the goods or prices traded
// on its exchange stands for that market, not for a place where
// something happens: "a sharp rally in Chicago futures", "mark-ups in
// Chicago soyoil futures", "a plunge in Tokyo stock prices",
// "steadiness in Rotterdam meals". The read sets leave such a city
// unmarked where it is its only use in the article (six articles of the
// read Reuters sets against one, a city listed second: "in London and
// New York futures"), as they leave "Tokyo traders" and "Chicago
// prices" unmarked, which byDefault never reads. A list of cities
// before the market is left to the list rule: its first item alone is
// not known to modify the market.

// cityMarketCues are the prepositions after which a city may name its
// market.
var cityMarketCues = map[string]bool{"in": true, "on": true}

// cityMarketHeads are the nouns for what a market trades or quotes. A
// bare "prices" may open a clause ("in Chicago prices rose"), so it
// needs a word naming the goods or the stock before it.
var cityMarketHeads = map[string]bool{"futures": true, "prices": true, "meals": true}

// cityMarket reports whether span sp, the first name after the cue at
// token i of sentence si, is a city written before its market: one of
// cityMarketHeads after it, with at most two lower-case words between
// ("in Chicago soyoil futures", "in Tokyo stock prices").
func (r *Recognizer) cityMarket(doc *annals.Doc, si, i int, sp span) bool {
	if !(cityMarketCuesFilter.May(doc.Tokens[i].Norm) && cityMarketCues[doc.Tokens[i].Norm]) {
		return false
	}
	list := r.g.index[sp.key]
	if len(list) == 0 || r.g.places[list[0]].Kind != KindCity {
		return false
	}
	end := doc.Sentences[si].Tokens.End
	for k := sp.tok.End; k < end && k <= sp.tok.End+2; k++ {
		t := &doc.Tokens[k]
		if !word(t) || capital(t) || t.Norm == "and" || t.Norm == "or" {
			return false
		}
		if !cityMarketHeads[t.Norm] {
			continue
		}
		return t.Norm != "prices" || k > sp.tok.End
	}
	return false
}
