package where_test

import "testing"

// TestComparedItems checks round 97: a country in a gapped row with its
// amount and the amount it is compared with, and the row's head when a
// country supplies the first amount.
func TestComparedItems(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"They estimated imports at 1.8 mln tonnes, of which Australia is expected to supply 550,000, against 470,000, South Africa 350,000, against 331,866, and Thailand 400,000, after 390,776.",
			"Australia/AUS|South Africa/ZAF|Thailand/THA"},
		{"The main buyers were Italy with 1.89 mln against 1.63 mln in the same period, West Germany 480,450 tonnes against 717,689.",
			"Germany/DEU"},
		{"Sales to the first group rose to 120,000 tonnes, Kenya 40,000 tonnes compared with 35,000.", "Kenya/KEN"},
		// Out: no amount before the item (a results table's label), no
		// comparison after its amount, not a country, a head that is
		// no country's trade.
		{"Investment management, U.K. 6.4 mln vs 1.6 mln.", ""},
		{"Sales rose 12 pct to 400 mln, Chrysler 30,909, down 3.6 pct, Volkswagen 2,145, down from 3,342.", ""},
		{"Deliveries were 120 mln, Ontario 300,000 against 250,000.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "compared items", "", tt.text, tt.want)
	}
}
