package where

import annals "github.com/annals-project/annals"

// Round 93 (issue 5), read from the Reuters read sets' misses of
// countries after "to": goods sold or offered to a country go into it,
// and the annotators keep the country as the place they go to whether
// or not the text gives their quantity ("Hydro-Quebec's request to sell
// power to the United States", "the administration would soon offer
// Export Enhancement wheat to the Soviet Union", "a wheat subsidy offer
// to the USSR"); every sale or offer of goods to a country in the read
// sets is so held. goodsSold (goods_sold_to.go) asks for a quantity,
// and toParty holds "offer" for a party, so both turn these away. What
// the verb hands over decides: goods make the country a destination,
// while money, a firm or a share of one ("sold its stake to", "financing
// offers to the Philippines", "loans to Brazil") is handed to a party
// and stays out, as does the buyer a capitalised seller trades with
// (countrySells: "Finland exports finished products to the USSR").

// offerVerbs are the verbs of selling and offering whose object, goods,
// goes to the country after "to".
var offerVerbs = map[string]bool{
	"sell": true, "sells": true, "sold": true, "selling": true,
	"offer": true, "offers": true, "offered": true, "offering": true,
}

// heldNotGoods are the objects of a sale or an offer that are money, a
// holding or a firm, not goods: what they go to is a party.
var heldNotGoods = map[string]bool{
	"stake": true, "stakes": true, "share": true, "shares": true, "stock": true,
	"stocks": true, "bonds": true, "bond": true, "notes": true, "securities": true,
	"debt": true, "loans": true, "loan": true, "assets": true, "asset": true,
	"unit": true, "units": true, "subsidiary": true, "subsidiaries": true,
	"company": true, "companies": true, "business": true, "businesses": true,
	"division": true, "operations": true, "interest": true, "interests": true,
	"holding": true, "holdings": true, "concessions": true, "concession": true,
	"financing": true, "credit": true, "credits": true, "aid": true, "help": true,
	"support": true, "assistance": true, "loan-guarantees": true, "guarantees": true,
	"terms": true, "deal": true, "plan": true, "proposal": true, "proposals": true,
	"services": true, "specifics": true, "share-holding": true, "talks": true,
	"rights": true, "licence": true, "license": true, "licences": true, "licenses": true,
	"technology": true, "information": true, "advice": true, "resignation": true,
	"apology": true, "condolences": true, "congratulations": true, "mission": true,
	"mediation": true, "protection": true, "asylum": true, "cooperation": true,
	// A plant, a mine or a building changes owner where it stands: "sold
	// the plant to Japan" hands it to a party.
	"plant": true, "plants": true, "factory": true, "factories": true,
	"refinery": true, "refineries": true, "mill": true, "mills": true,
	"mine": true, "mines": true, "hotel": true, "hotels": true, "building": true,
	"buildings": true, "property": true, "properties": true, "facility": true,
	"facilities": true, "brand": true, "brands": true, "portfolio": true,
}

// favourWords are the nouns of a subsidy or a bonus, which go to a
// party ("a subsidy offer to the Soviet Union", "offered EEP to China")
// unless goods are named beside them ("a wheat subsidy offer to the
// USSR", "offer a wheat bonus to the Soviet Union"): they neither make
// the object goods nor turn it away.
var favourWords = map[string]bool{
	"subsidy": true, "subsidies": true, "bonus": true, "bonuses": true, "eep": true,
	"export": true, "enhancement": true,
}

// maxOfferGap is the most words between a verb of offerVerbs and the
// "to" of where its object goes: "sell a total of 40,000 trucks to".
const maxOfferGap = 7

// goodsTo reports whether the "to" at token i of sentence si names the
// country that goods sold or offered go to: a verb of offerVerbs a few
// words before it, its object between ("sell power to", "offer
// subsidized wheat to"), or the noun "offer" right before it with the
// goods before that ("a wheat subsidy offer to"); the object has a
// lower-case noun, none of heldNotGoods; and the name after "to" is a
// country that heads no noun of its own (nameAlone).
func (r *Recognizer) goodsTo(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	if s.Title || i+1 >= s.Tokens.End || !r.countryAt(doc, si, skipThe(doc, si, i+1)) || !nameAlone(doc, si, i+1) {
		return false
	}
	start := s.Tokens.Start
	if p := doc.Tokens[i-1].Norm; p == "offer" || p == "offers" {
		// The noun: its goods stand before it, "a wheat subsidy offer".
		for k := i - 2; k >= start && k >= i-4; k-- {
			w := &doc.Tokens[k]
			if !word(w) || capital(w) || heldNotGoods[w.Norm] || transferNouns[w.Norm] {
				return false
			}
			if (w.Tag == annals.NN || w.Tag == annals.NNS) && !favourWords[w.Norm] {
				return true
			}
		}
		return false
	}
	goods := false
	for k := i - 1; k > start && k >= i-maxOfferGap; k-- {
		w := &doc.Tokens[k]
		if !word(w) || w.Tag == annals.IN && w.Norm != "of" || w.Tag == annals.PRP || w.Tag == annals.PRPS {
			return false
		}
		if offerVerbs[w.Norm] && !capital(w) && w.Tag.IsVerb() {
			return goods
		}
		if w.Tag.IsVerb() && w.Tag != annals.VBN && w.Tag != annals.VBG {
			return false
		}
		if heldNotGoods[w.Norm] || transferNouns[w.Norm] {
			return false
		}
		if !capital(w) && (w.Tag == annals.NN || w.Tag == annals.NNS) && !favourWords[w.Norm] {
			goods = true
		}
	}
	return false
}

// countryAt reports whether a name of a country opens at token j of
// sentence si.
func (r *Recognizer) countryAt(doc *annals.Doc, si, j int) bool {
	if j >= doc.Sentences[si].Tokens.End || !capital(&doc.Tokens[j]) {
		return false
	}
	var buf []byte
	sp, ok := r.match(doc, si, j, doc.SourceOf(si), &buf)
	if !ok {
		return false
	}
	b := r.g.container(sp.key)
	return b >= 0 && r.g.places[b].Kind == KindCountry
}
