package where_test

import "testing"

// TestNamedPairs checks that two town names joined by a dash after a
// determiner and before a lower-case noun name that thing, as do the
// article's other mentions of the pair, while a route or a range between
// two towns keeps both places.
func TestNamedPairs(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // places, "|"-separated
	}{
		// Must drop: a mine named by the pair, and its other mention.
		{"mine", "It will explore the Ortiz property in New Mexico. The money is set for the Page-Williams mine in Hemlo.", "New Mexico/USA"},
		{"other mention", "It will explore the Ortiz property in New Mexico. The money is set for the Page-Williams mine. Output excluding Page-Williams eased.", "New Mexico/USA"},
		{"no cue", "It will explore the Ortiz property in New Mexico. Lac bought the Page-Williams mine last year.", "New Mexico/USA"},
		// Must keep: a range of ports, a route.
		{"range", "Several vessels were booked from the Antwerp-Hamburg range, brokers said.", "Antwerpen/BEL|Hamburg/DEU"},
		{"route", "Output rose in New Mexico. Trucks ran from the Page-Williams road to the mill.", "New Mexico/USA|Page/USA|Williams/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.name, "", tt.text, tt.want)
	}
}
