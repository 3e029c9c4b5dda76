package where_test

import "testing"

// TestWireAbbrevs checks issue 5's fifty-eighth round, names no gazetteer
// tier held, read from the read sets' misses and counted over the
// corpora: wire abbreviations of market towns in price and stock tables,
// former names and parts of cities, areas, and a short name with two
// letters swapped.
func TestWireAbbrevs(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: a table's clipped market towns.
		{"table clippings", "", "CORN  BRLY  OATS\n\nEvnsvlle   1.63  2.04  1.55\nCinci      1.60  2.04  1.55\nMpls       1.49  1.75  1.55",
			"Evansville/USA|Cincinnati/USA|Minneapolis/USA"},
		{"list clippings", "", "COPPER total 96,547 off 667. Chicago 362 unch, Balt 12 unch, St Louis 38 unch.",
			"Chicago/USA|Baltimore/USA|St. Louis/USA"},
		// Must find: former names and parts of cities.
		{"former name", "", "Letter carriers in Chicoutimi and Jonquiere, Quebec, went on strike.", "Saguenay/CAN|Jonquière/CAN|Quebec/CAN"},
		{"island town", "", "Iraqi warplanes hit the western jetty at Iran's Kharg Island oil terminal.", "Iran/IRN|Khārk/IRN"},
		{"city part", "", "In the Mediterranean, prices firm in Lavera as supplies were slow.", "Martigues/FRA"},
		// Must find: areas.
		{"area", "", "Exports from East Malaysia and Peninsular Malaysia rose.", "East Malaysia/MYS|Peninsular Malaysia/MYS"},
		{"district", "", "The spokesman said the rain missed the Burdekin area.", "Burdekin/AUS"},
		// Must find: a short name with two letters swapped after a cue;
		// must drop: the same slip where the name opens no place.
		{"swapped", "", "A JAL spokesman in Toyko said inspectors found one crack.", "Tokyo/JPN"},
		{"swapped firm", "", "He is adviser to the president of the Bank of Toyko.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
