package where_test

import "testing"

// TestBetweenParties checks that "between" after a noun of a relation,
// up to five words back, introduces parties rather than places, and that
// a route or a figure between keeps them places.
func TestBetweenParties(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Partners and rivals.
		{"relation", "", "The ADB was set up in 1966 as a partnership between the U.S. And Japan, the official said.", ""},
		{"relation", "", "Fujioka also talked of the struggle between the U.S. And Japan over their voting power.", ""},
		{"relation", "", "The sudden crisis between Sri Lanka and its giant neighbour deepened yesterday.", ""},
		{"relation", "", "There is not yet true reciprocity between Japan and the United States in this market.", ""},
		// A relation further back: "reached", "running high".
		{"further back", "", "The sanctions rest on an agreement that had been reached between the United States and Japan on chips.", ""},
		{"further back", "", "Tensions have been running high between Brazil and its bank creditors since February.", ""},
		// Out: what runs between places, and figures the lands own.
		{"route", "", "The company will lay a telephone cable between Japan and the U.S. next year.", "Japan/JPN|United States/USA"},
		{"route", "", "The agreement allows more flights between Sydney and Tokyo.", "Sydney/AUS|Tokyo/JPN"},
		{"figure", "", "The gap reflects differences in economic growth rates between Japan and other countries.", "Japan/JPN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
