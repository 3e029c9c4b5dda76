package where_test

import "testing"

// TestMonthSpans checks round 67's laydays written against a charter's
// destination: a span of months or a month's dates ends the name before
// it, as a day does, with rows the rule must keep out.
func TestMonthSpans(t *testing.T) {
	tests := []struct {
		text string
		want string // places, "|"-separated
	}{
		{"Yukong took Nichiku Maru 52,000 tonnes North Pacific to Japan April-May dates 9.75 dlrs 11 days all purposes.", "Japan/JPN"},
		{"Comanav took Sea Song 30,000 tonnes U.S. Gulf to Morocco April/May dates 13.50 dlrs.", "Morocco/MAR"},
		{"Chinese charterers took Patricia VI 25,000 tonnes River Plate to China April dates 29.00 dlrs.", "China/CHN"},
		// The months do not make a party a destination.
		{"Banks agreed new loans to Brazil April-May 1987, bankers said.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "month span", "", tt.text, tt.want)
	}
}
