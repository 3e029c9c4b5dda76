package where_test

import "testing"

// TestWireNouns checks issue 5's eighty-third round, read from the misses
// of the read Reuters sets: a sector or reserves that wire copy
// capitalised after "in U.K." or "in the U.S." is read as its lower-case
// word, so that the country "in" which it lies is a place. Rows it must
// leave alone keep a capitalised name's head, a modifier without "in",
// a country's figure and the market the read sets disagree on.
func TestWireNouns(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Find: a capitalised sector or reserves after "in".
		{"wire noun", "", "Unit wage costs in U.K. Manufacturing industry rose 4.5 pct in the period.", "United Kingdom/GBR"},
		{"wire noun", "", "Capital expenditure in the U.K. Manufacturing, construction and distribution sectors rose.", "United Kingdom/GBR"},
		{"wire noun", "", "The record rise in U.K. Reserves in May lifted hopes of a rate cut.", "United Kingdom/GBR"},
		{"wire noun", "", "Jobs in the U.S. Steel industry and in the U.S. Industry as a whole fell.", "United States/USA"},
		// Leave: a longer name, a modifier without "in", a country's
		// figure, a capitalised market.
		{"wire noun", "", "He spoke in the U.S. Senate yesterday.", ""},
		{"wire noun", "", "The U.K. Manufacturing sector grew 2.1 pct, the report said.", ""},
		{"wire noun", "", "Markets had so far ignored improvements in the U.S. Trade balance, he said.", ""},
		{"wire noun", "", "The facility allows same day drawings in the U.S. Market for three days.", ""},
		{"wire noun", "UNIT WAGE COSTS IN U.K. MANUFACTURING RISE", "", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
