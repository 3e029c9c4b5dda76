package where_test

import "testing"

// TestCurrencyCountries checks issue 5's sixty-eighth round: a country
// that qualifies a currency after it ("In U.S. dlrs") is no place, but
// still places the article's other names; a city before the currency of
// a delivery stays ("cif Rotterdam dlrs per tonne").
func TestCurrencyCountries(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"currency", "", "Prices are quoted in U.S. dlrs per tonne for truckload quantities.", ""},
		{"currency", "", "Private placements in Luxembourg francs have become popular.", ""},
		{"place", "", "The plant was built in the U.S. last year.", "United States/USA"},
		{"places the others", "", "In U.S. dlrs per tonne for quantities ex-dock on the seaboard north of Hatteras.", "Hatteras/USA"},
		{"city of delivery", "", "Prices ruling at noon cif Rotterdam dlrs per tonne were firm.", "Rotterdam/NLD"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
