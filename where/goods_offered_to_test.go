package where_test

import "testing"

// TestGoodsOfferedTo checks round 93: a country that goods are sold or
// offered to, with or without their quantity, is where they go; and
// rows that must stay out: money, a holding or a firm sold or offered,
// the buyer a capitalised seller trades with, an offer of money, a name
// that heads a noun of its own.
func TestGoodsOfferedTo(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"The National Energy Board said hearings into Hydro-Quebec's request to sell power to the United States will reopen.", "United States/USA"},
		{"Lyng would not comment on whether a wheat subsidy offer to the USSR is under more active consideration.", "Russia/RUS"},
		{"He said the administration would soon offer subsidized wheat to the Soviet Union.", "Russia/RUS"},
		{"The company is selling frozen poultry to Egypt under the program.", "Egypt/EGY"},
		// Out.
		{"The group said it sold its stake to Japan's Nomura for 20 mln dlrs.", ""},
		{"The banks refused to endorse financing offers to the Philippines and Chile.", ""},
		{"Finland exports finished products to the USSR.", ""},
		{"The bank offered new loans to Brazil last week.", ""},
		{"The firm will sell power to U.S. utilities.", ""},
		{"He offered his resignation to Kenya's president.", ""},
		{"Dole said a subsidy offer to the Soviet Union could help U.S. farmers.", ""},
		{"The U.S. has offered eep to China and Poland.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "goods offered to", "", tt.text, tt.want)
	}
}
