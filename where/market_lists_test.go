package where_test

import "testing"

// TestMarketLists checks issue 5's sixty-third round: the lands a verb of
// listing names as the members of a class of markets are places, where
// goods go; the lands named as buyers, producers or members, or after a
// clause about the markets, stay parties.
func TestMarketLists(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"markets include", "Australia's leading wheat markets include China, Egypt and Japan.", "Australia/AUS|China/CHN|Egypt/EGY|Japan/JPN"},
		{"markets were", "The top three markets were Canada, Japan and Britain.", "Canada/CAN|Japan/JPN|United Kingdom/GBR"},
		{"time between", "The main markets last year were mainly Italy and Spain.", "Italy/ITA|Spain/ESP"},
		{"buyers", "Major purchasers for the current season were South Korea, Japan and Taiwan.", ""},
		{"producers", "The main ASEAN tin producers are Malaysia, Indonesia and Thailand.", ""},
		{"clause between", "The markets that Japan opened are Chile and Peru.", ""},
		{"verb between", "The markets analysts watched were Chile and Peru.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
