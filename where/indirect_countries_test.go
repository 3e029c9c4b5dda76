package where_test

import "testing"

// TestIndirectCountries checks issue 5's eighty-fifth round: after a
// strong cue ("in", "at", "near", "from", "the village of", "east of"), or as the
// last item of a list after one, a small town of the second tier is
// admitted in a country the article names only through one of its
// cities or as a modifier, not only in one it names outright. Names
// after other cues (a firm, a body), a name after a clause's comma, and
// a person the article names in full stay out.
func TestIndirectCountries(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// The country of a city the article places.
		{"city", "", "Barges waited at Mannheim and Iffezheim for the river to rise.", "Mannheim/DEU|Iffezheim/DEU"},
		{"city", "", "Traffic on the river between Mannheim and the lock at Iffezheim was halted.", "Mannheim/DEU|Iffezheim/DEU"},
		// The country named as a modifier.
		{"modifier", "", "Belgium's farm minister met his colleagues in the village of Genval.", "Genval/BEL"},
		{"modifier", "", "The Belgian presidency said ministers would meet in Genval next week. Belgium's minister will chair.", "Genval/BEL"},
		// After a direction's "of".
		{"direction", "", "A rig from Kavala will drill east of Thassos next year.", "Kavála/GRC|Thásos/GRC"},
		{"direction", "", "Officials in Tehran said troops advanced north of Qasr-e-Shirin.", "Tehran/IRN|Qaşr-e Shīrīn/IRN"},
		// Out: no country named at all.
		{"none", "", "The ministers will meet in Genval next week.", ""},
		// Out: a body or a firm after a weaker cue.
		{"weak cue", "", "The U.S. company will supply the tests to the Red Cross.", ""},
		{"weak cue", "", "U.S. Oil sold the shares through Alex. Brown and Sons Inc.", ""},
		// Out: a name after a clause's comma, and a person named in full.
		{"clause", "", "U.S. Treasury figures show rates are higher in Britain, Lawson said.", "United Kingdom/GBR"},
		{"person", "", "U.S. officials met Jim Alex on Monday. A letter from Alex said talks would go on.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
