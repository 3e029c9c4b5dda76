package where_test

import "testing"

// TestAreaCountries checks issue 5's sixty-second round: an area the
// gazetteer lacks, placed by nothing beside it, belongs to the first
// country the article names, not to the country of the place named
// nearest it; a country named beside the area still places it.
func TestAreaCountries(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"first country, not the nearest place", "", "Drought hit Ghana this year. The radio, monitored in Abidjan, said farming was disrupted in the Kwahu region.",
			"Ghana/GHA|Abidjan/CIV|Kwahu/GHA"},
		{"first country, not the nearest place", "", "The Lakatoi field lies in Papua New Guinea, the company said on Tuesday. The field, in Enga Province, was run by a firm floated in Canada.",
			"Papua New Guinea/PNG|Canada/CAN|Enga Province/PNG"},
		{"country beside it", "", "Drought hit Ghana this year. Farming was disrupted in the Kwahu region of Togo.",
			"Ghana/GHA|Togo/TGO|Kwahu/TGO"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
