package actor

import (
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
)

// Markets and newspapers are often named after their city or country: "the
// London Metal Exchange", "the Singapore International Monetary Exchange",
// "The Washington Post", "the Jakarta Post". The place word opens a name of
// a business or a newspaper, not the state: coded as the place's
// government it makes a market's ruling or a newspaper's report an act of
// that government. Such a phrase is the country's firm (BUS) or media (MED),
// as is a broadcaster's ("the British Broadcasting Corp"), which firmAfter
// leaves alone.

// placeNameHeads end a market's or a newspaper's name after a place word,
// with the role each names.
var placeNameHeads = map[string]string{
	"exchange": "BUS", "exchanges": "BUS",
	"post": "MED", "times": "MED", "journal": "MED", "herald": "MED", "tribune": "MED",
	"gazette": "MED", "telegraph": "MED",
}

// placeNamedFirm returns the end and the role of a market or newspaper whose
// name opens with the place a matched at tokens [.., aend): up to three
// capitalised name words, then a capitalised head of placeNameHeads that ends
// the name ("the London Stock Exchange", "the Jakarta Post"). Another actor
// inside ("the Tokyo U.S. Times") or a name running on past the head ("the
// Tokyo Stock Exchange Index" is no market) leaves the place as it is.
func (r *Recognizer) placeNamedFirm(toks []annals.Token, aend, end int, a *dict.Actor) (int, string, bool) {
	if a.Type != "COUNTRY" && a.Kind != "capital" {
		return 0, "", false
	}
	media := false
	for k := aend; k < end && k <= aend+3; k++ {
		t := &toks[k]
		if t.Flags&annals.Cap == 0 || !t.Tag.IsNoun() {
			return 0, "", false
		}
		role, ok := placeNameHeads[t.Norm]
		if media && firmSuffixes[strings.TrimSuffix(t.Norm, ".")] {
			role, ok = "MED", true // "the British Broadcasting Corporation"
		}
		media = media || mediaSet.Has(t.Norm)
		if ok {
			if t.Norm == "post" && a.Kind != "capital" {
				return 0, "", false // "Canada Post" is the post office, no newspaper
			}
			if k+1 < end && toks[k+1].Flags&annals.Cap != 0 && toks[k+1].Tag.IsNoun() {
				return 0, "", false
			}
			return k + 1, role, true
		}
		if e, b := r.dict.MatchActor(toks, k); b != nil && e > k {
			return 0, "", false
		}
	}
	return 0, "", false
}

// addPlaceNamedFirm adds the market or newspaper at m, ending at end, as the
// place's country with the role: a capital's government code ("London" is
// GBRGOV) gives way to the firm's, so "the London Metal Exchange" is GBRBUS.
func (r *Recognizer) addPlaceNamedFirm(doc *annals.Doc, m annals.Mention, a *dict.Actor, date int32, end int, role string) int {
	if pm := r.addWidened(doc, m, a, date, end); pm != nil {
		c := countryOf(pm.Code)
		if c == "" {
			doc.Mentions = doc.Mentions[:len(doc.Mentions)-1] // an international place word owns no firm
			return end
		}
		pm.Code, pm.Type = c+role, "ORG"
	}
	return end
}
