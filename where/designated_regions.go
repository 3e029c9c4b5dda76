package where

import annals "github.com/annals-project/annals"

// designators are the capitalised words that a region outside the United
// States may carry as part of its name as written: "Sonora State", "Yukon
// Territory", "Bauchi State". geoSuffix holds the area words that may
// follow any place ("Kabul Province"); these two follow only a region,
// since after a city or a country they name something else ("Kuwait
// State Petroleum", "Moscow State University").
var designators = map[string]bool{"state": true, "territory": true}

// designated reports whether token e of sentence si is a designator written
// as part of the region name key that ends before it: title case (a
// shouted "STATE" may be a headline's word), the key a region's name, and
// the region not one of the United States, whose "Ohio State" and "Iowa
// State" are universities and whose "New York State" and "Washington
// State" the region table spells whole. lookup then treats the word as it
// does a capitalised geoSuffix word: part of the mention, and the name
// rejected when a capitalised word follows ("Bauchi State Government").
func (r *Recognizer) designated(doc *annals.Doc, si, e int, key []byte) bool {
	if e >= doc.Sentences[si].Tokens.End {
		return false
	}
	// The flags first: lookup asks this of the word after every name it
	// finds, mostly a lower-case one, and the flag tests cost a fraction
	// of the map lookup whose answer they make moot.
	n := &doc.Tokens[e]
	if !capital(n) || n.Flags&annals.AllCaps != 0 || !designators[n.Norm] {
		return false
	}
	p := r.g.container(string(key))
	return p >= 0 && r.g.places[p].Kind == KindRegion && r.g.places[p].Country != "USA"
}
