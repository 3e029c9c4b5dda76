package where_test

import "testing"

// TestRegionTowns checks round 67's "Town, Region" pairs: a town named
// like a region abroad is the town of the region written beside it, with
// rows the rule must keep out.
func TestRegionTowns(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		// A town named like a region abroad is the town of the region
		// written beside it.
		{"abroad", "It said the expansion of the plant in Andalusia, Ala., will raise output.", "Andalusia/USA|Alabama/USA"},
		// A region of the same country stays the region, and a country
		// before another is an item of a list.
		{"abroad", "He moved to Cebu, Philippines.", "Cebu City/PHL|Philippines/PHL"},
		{"abroad", "The minister will visit seven countries: Mexico, Philippines, Indonesia and India.", "Mexico/MEX|Philippines/PHL|Indonesia/IDN|India/IND"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
