package where_test

import "testing"

// TestSettlementHeads checks round 67's nouns before "of" that make the
// name after it a place: every settlement noun, a city's edge, the seats
// of a vote and "outside of", with rows they must keep out.
func TestSettlementHeads(t *testing.T) {
	tests := []struct {
		text string
		want string // places, "|"-separated
	}{
		{"A bomb was thrown onto a parade ground in the black township of Soweto this morning.", "Soweto/ZAF"},
		{"An official in a village on the edge of Shanghai sums up the dilemma.", "Shanghai/CHN"},
		{"The party hopes to regain governorships in the constituencies of Fukuoka and Hokkaido.", "Fukuoka Prefecture/JPN|Hokkaido/JPN"},
		{"It opened one of the first fast-oil-change centers for trucks outside of Dallas.", "Dallas/USA"},
		// Nothing placed: no name, or no place, after the noun.
		{"The firm was on the edge of collapse, he said.", ""},
		{"Financing was not available outside of Chapter 11, it said.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "settlement head", "", tt.text, tt.want)
	}
}
