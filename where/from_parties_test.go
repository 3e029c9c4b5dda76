package where_test

import "testing"

// TestFromParties checks that "from" after a minister, a bidder, a
// scientist, a reply or a retaliation names whom they speak for, also
// across a comma and an adverb, and that a market's demand or a movement
// from a place still names the place.
func TestFromParties(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"sender", "", "The issues will be discussed by the ministers from Bahrain, Kuwait and Oman next week.", ""},
		{"sender", "", "The deal ended a lengthy battle between rival bidders from France, Spain and West Germany.", ""},
		{"sender", "", "We must act quickly or face retaliation from Washington, he said.", ""},
		{"sender", "", "Iran is preparing lawsuits to seek compensation from the U.S. Over the raid.", ""},
		{"sender", "", "The Japanese are looking for ways to reduce trade pressures from Washington.", ""},
		{"sender", "", "Recent announcements from Moscow of grain targets indicate a shift.", ""},
		{"adverb", "", "The Commission changed its proposals in the light of heavy opposition, notably from West Germany.", ""},
		// Out: demand from a market, travellers and goods from a place.
		{"place", "", "We have already seen a rise in demand, particularly from the U.S., and prices will rise.", "United States/USA"},
		{"place", "", "Officials from Indonesia and Malaysia will meet here tomorrow.", "Indonesia/IDN|Malaysia/MYS"},
		{"place", "", "Tehran withdrew more diplomats from Britain on Friday.", "United Kingdom/GBR"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
