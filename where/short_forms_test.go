package where_test

import "testing"

// TestShortForms checks issue 5's sixty-second round: a town's name cut
// before its "de" means that town in a story set in its country, not a
// namesake in a country the story never names; a namesake in one of the
// story's countries, or a name with its country beside it, keeps its
// reading.
func TestShortForms(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"short form", "Dockers in Barcelona, Spain, went back to work. A stoppage was also called off in Santa Cruz.",
			"Barcelona/ESP|Spain/ESP|Santa Cruz de Tenerife/ESP"},
		{"short form", "Sorghum was quoted at 75 at Rosario and at 76 at San Nicolas, Argentina's grain board said.",
			"Rosario/ARG|San Nicolás de los Arroyos/ARG|Argentina/ARG"},
		{"namesake in a country named", "Rice was shipped from Manila, Philippines, to San Nicolas.",
			"Manila/PHL|Philippines/PHL|San Nicolas/PHL"},
		{"country beside it", "Dockers in Barcelona went back to work, but not those in Santa Cruz, Bolivia.",
			"Barcelona/ESP|Santa Cruz de la Sierra/BOL|Bolivia/BOL"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
