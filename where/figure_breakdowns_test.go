package where_test

import "testing"

// TestFigureBreakdowns checks issue 5's fifty-sixth round, read from the
// table misses of the read Reuters sets: a country heading a row of a
// results breakdown by area is a place; a country inside a firm's or a
// division's name is not.
func TestFigureBreakdowns(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: each country heading a row, dashes or not.
		{"dashed", "", "Trading profit by area: - France 12.1 mln stg vs 10.4 mln - Asia 2.2 mln stg vs 1.9 mln.", "France/FRA"},
		{"run on", "", "Pretax profit includes - U.K. 30.2 mln vs 25.5 mln U.S. 17.4 mln vs 12.8 mln Canada 5.0 mln vs 6.1 mln.", "United Kingdom/GBR|United States/USA|Canada/CAN"},
		// Must drop: a country inside a division's name, or with no
		// year-ago figure.
		{"firm", "", "Shipping 40.1 mln vs 31.2 mln Anglo Australia 6.6 mln vs 9.4 mln.", ""},
		{"no vs", "", "The group said - Canada 5.0 mln dlrs was paid in cash.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
