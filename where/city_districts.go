package where

import annals "github.com/annals-project/annals"

// Round 94 (issue 5): a district written with its city. "Born in
// Lewisham, London", "a protest in Shoreditch, London": news names a
// borough or a neighbourhood of a great city by the city that holds it,
// as it names a small town by its region ("Randolph, Maine"). When
// neither the gazetteer nor its second tier holds the first name in the
// countries the article places, it is a part of the city after the
// comma, and the city's point stands for it: a great city's districts lie
// well within the 50 km a city's place is judged by, and the read sets
// annotate a district as "a city at its own centre" (heldout8.tsv,
// heldout10.tsv). The comma and the great city show the name is a place,
// so a capitalised word before the cue ("Peter Edward Baker in Lewisham,
// London") does not make it the tail of a longer name (cue_in_names.go).
// Only after "in" or "near", which put something inside a place ("a
// professor at Universidade Livre, Lisbon" names an institution and its
// seat, as "at" often does), and only a name of one or two words that no firm's word ends ("Bankers
// Trust Co, New York" is a firm and its seat), before a city of at least
// minGreatCity inhabitants that ends the phrase ("in Lewisham, London, in
// 1939", not a list "in Lewisham, London and Paris").

// maxDistrictWords is the most words a district's name takes here.
const maxDistrictWords = 2

// districtCity returns the great city that the span after u's comma
// names, when u is a district of it written before it, or -1.
func (r *Recognizer) districtCity(doc *annals.Doc, u span, spans []span) int32 {
	si := doc.SentenceOf(u.tok.Start)
	if u.in != "" || u.tok.Len() > maxDistrictWords || u.tok.Start-1 < doc.Sentences[si].Tokens.Start {
		return -1
	}
	if cue := doc.Tokens[u.tok.Start-1].Norm; cue != "in" && cue != "near" {
		return -1
	}
	for k := u.tok.Start; k < u.tok.End; k++ {
		if t := &doc.Tokens[k]; !word(t) || t.Flags&annals.AllCaps != 0 || firmEnds[t.Norm] {
			return -1
		}
	}
	c := u.tok.End
	if c+1 >= doc.Sentences[si].Tokens.End || doc.Tokens[c].Norm != "," {
		return -1
	}
	for _, sp := range spans {
		if sp.tok.Start != c+1 || sp.fixed != 0 || sp.row != 0 || !r.endsPhrase(doc, si, sp.tok.End) {
			continue
		}
		if list := r.g.index[sp.key]; len(list) > 0 {
			if p := list[0]; r.g.places[p].Kind == KindCity && r.g.places[p].Population >= minGreatCity {
				return p
			}
		}
	}
	return -1
}
