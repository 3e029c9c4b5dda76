package where_test

import "testing"

// TestCropProvinces checks issue 5's forty-second round, read from company and
// market news: the provinces of a crop report named like their capitals,
// and a small town that begins a firm's name in angle brackets. Each rule
// has rows it must leave alone.
func TestCropProvinces(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A list that "provinces" closes, and the same names later (the
		// item right before "provinces" is found since round 51).
		{"provinces", "", "Rains fell in Santa Fe and Entre Rios provinces. In Santa Fe 100 mm fell.",
			"Santa Fe Province/ARG|Entre Ríos/ARG"},
		{"provinces", "", "Harvesting reached 26 pct of the area sown in Santa Fe, Cordoba, La Pampa and Buenos Aires provinces. Soybean harvesting starts in southern Cordoba.",
			"Santa Fe Province/ARG|Córdoba Province/ARG|La Pampa/ARG|Buenos Aires Province/ARG"},
		{"provinces", "", "Rains were heavy in Buenos Aires province. Flooding worsened in western Buenos Aires.",
			"Buenos Aires Province/ARG"},
		// Out: no province written, and a town so called.
		{"provinces", "", "Grain traders in Buenos Aires said the rains in Cordoba were heavy.",
			"Buenos Aires/ARG|Córdoba/ARG"},
		{"provinces", "", "Rains fell in Buenos Aires province. The mill is in the town of Cordoba, in Cordoba and Santa Fe provinces.",
			"Buenos Aires Province/ARG|Córdoba/ARG|Córdoba Province/ARG|Santa Fe Province/ARG"},

		// A small town that begins a firm's bracketed name: the firm.
		{"bracket", "NEWMONT MINING CORP REDUCES STAKE IN PEABODY",
			"Newmont Mining Corp cut its share in <Peabody Holding Co Inc>. Newmont doubled its ownership in Peabody in January.", ""},
		{"bracket", "", "It sold a stake in <Mack Trucks Inc>. Cost-cutting is under way at Mack, analysts said.", ""},
		// Out: a great city, a town placed by its state, and no brackets.
		{"bracket", "", "<Houston Industries Inc> said it bought two newspapers in Houston.", "Houston/USA"},
		{"bracket", "", "<Peabody Holding Co Inc> said it opened an office in Peabody, Mass.", "Peabody/USA|Massachusetts/USA"},
		{"bracket", "", "The company opened an office in Peabody, the state's northern town.", "Peabody/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
