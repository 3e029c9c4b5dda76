package where_test

import "testing"

// TestCountyLists checks issue 5's fifty-seventh round: a list of names
// that "counties" closes is a list of counties, each placed in the region
// after the list rather than in the town it is named after; with no
// region after the list, the town stays. Round 62: a region after the
// list's comma, a state's abbreviation too, places the list and is a
// place itself.
func TestCountyLists(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"region after", "Mexico closed its border to fruit from San Diego and Orange Counties in California, officials said.", "California/USA"},
		{"region after", "Frost hit Fresno, Tulare and Kern counties in California.", "California/USA"},
		{"no list", "Mexico closed its border to fruit from San Diego, officials said.", "San Diego/USA"},
		{"region after", "It will buy a pipeline in Marion and Pearl River Counties, Mississippi, for cash.", "Mississippi/USA"},
		{"no region after", "It operates ten offices in Los Angeles and Orange counties.", "Los Angeles/USA"},
		// Round 62: a state's abbreviation after the list's comma.
		{"abbreviation after", "The EPA rejected plans for Fresno, Ventura and Kern counties, Calif., and Reno, Nev.", "California/USA|Reno/USA|Nevada/USA"},
		{"abbreviation after", "It sold farms in Fresno and Kern counties, Texas officials said.", "Fresno/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
