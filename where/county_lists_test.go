package where_test

import "testing"

// TestCountyLists checks issue 5's fifty-seventh round: a list of names
// that "counties" closes is a list of counties, each placed in the region
// after the list rather than in the town it is named after; with no
// region after the list, the town stays.
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
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
