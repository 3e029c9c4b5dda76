package where

import "github.com/annals-project/annals"

// Round 52 (issue 5), read from the country misses of the read Reuters
// sets dev7 to dev38: goods sold in a stated quantity to a country flow
// into it, so the country is a place ("plans to sell one mln tonnes to
// Iran", "sold 20,000 tonnes of sugar to India"), where a sale with no
// quantity hands something to a party ("sold its stake to Japan") and
// toRecipient keeps that "to" out. Money lent or owed stays a party's
// (transferNouns): the read sets split on it.

// saleVerbs are the verbs of selling whose "to" names a buyer's
// country when a quantity of goods stands between.
var saleVerbs = map[string]bool{
	"sell": true, "sells": true, "sold": true, "selling": true,
}

// goodsUnits are the units of a quantity of goods, as against money:
// "one mln tonnes", "500,000 bales".
var goodsUnits = map[string]bool{
	"tonnes": true, "tons": true, "tonne": true, "ton": true, "bales": true,
	"barrels": true, "bags": true, "bushels": true, "ounces": true, "carcasses": true,
	"head": true, "cattle": true, "units": true, "cars": true, "vehicles": true,
	"trucks": true, "aircraft": true, "planes": true, "ships": true,
}

// goodsSold reports whether token k of sentence si, a word of
// toRecipient before the "to" at token i, is a verb of selling whose
// object, between it and the "to", is a quantity of goods: a number
// and a unit of goodsUnits ("sell one mln tonnes to Iran"). The
// buyer's country is then where the goods go, not a recipient.
func goodsSold(doc *annals.Doc, si, k, i int) bool {
	if !saleVerbs[doc.Tokens[k].Norm] || capital(&doc.Tokens[k]) {
		return false
	}
	number := false
	for h := k + 1; h < i; h++ {
		t := &doc.Tokens[h]
		switch {
		case t.Flags&annals.Digit != 0 || t.Tag == annals.CD:
			number = true
		case number && goodsUnits[t.Norm]:
			return true
		}
	}
	return false
}

// movedForms are the past forms of verbs of carrying or going whose
// "to" names a destination even after a verb of speech a few words
// before ("NBC said the equipment was flown to Pakistan"), as the plain
// forms of motionVerbs are; the sale verbs of toRecipient are not here.
var movedForms = map[string]bool{
	"flown": true, "flew": true, "shipped": true, "airlifted": true, "trucked": true,
	"travelled": true, "traveled": true, "sailed": true, "smuggled": true,
}
