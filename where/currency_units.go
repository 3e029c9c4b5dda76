package where

import annals "github.com/annals-project/annals"

// currencyUnits are wire copy's abbreviated currencies and the franc,
// which a country's name qualifies: "In U.S. dlrs per tonne", "private
// placements in Luxembourg francs". ("dollars" is a modifiee already.)
var currencyUnits = map[string]bool{
	"dlrs": true, "dlr": true, "francs": true, "franc": true,
}

// currencyCountries leaves out a country named only to qualify a
// currency after it: the amount is in its money, not in it. The country
// still counts among those the article names, as the story is about its
// market ("U.S. cocoa merchant spot prices ... In U.S. dlrs per tonne ...
// north of Hatteras"), so it runs after the names are resolved.
func (r *Recognizer) currencyCountries(doc *annals.Doc, spans []span, res []int32) {
	for x, sp := range spans {
		// A country's name, whatever it resolved to: Luxembourg as a
		// place is its capital.
		if c := r.g.container(sp.key); res[x] < 0 || c < 0 || r.g.places[c].Kind != KindCountry {
			continue
		}
		si := doc.SentenceOf(sp.tok.Start)
		n := sp.next()
		if n < doc.Sentences[si].Tokens.End && doc.Tokens[n].Norm == "." && doc.Tokens[n].Start == doc.Tokens[n-1].End {
			n++ // "U.S." whose stop is a token of its own
		}
		if n < doc.Sentences[si].Tokens.End && currencyUnits[doc.Tokens[n].Norm] {
			res[x] = -1
		}
	}
}
