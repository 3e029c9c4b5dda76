package where_test

import "testing"

// TestCityAccords checks issue 5's forty-first round, read from company and
// market news: an accord or gathering named after its city ("the Paris
// accord", "the Venice economic summit"), "the state of X" as the
// state's government, and East Germany and East Berlin as places. Each
// dropping rule has rows it must keep.
func TestCityAccords(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A gathering's city: an attribute, even after "in" or "at".
		{"gathering", "", "Tokyo must stimulate its economy as pledged in the Paris accord, analysts said.", ""},
		{"gathering", "", "Officials will push for farm reform at the Venice meeting next month.", ""},
		{"gathering", "", "The talks are leading to the Venice economic summit in June.", ""},
		{"gathering", "", "In line with a pledge made at the Paris monetary conference, rates fell.", ""},
		{"gathering", "", "The nations signing the recent Paris Accord remain committed to it.", ""},
		// Out: the gathering before the city, and a further capitalised name.
		{"gathering", "", "Finance ministers held a meeting in Paris on Sunday.", "Paris/FRA"},
		{"gathering", "", "The ministers met in Paris yesterday to discuss the accord.", "Paris/FRA"},

		// "the state of X": its government, unless a place preposition leads.
		{"state of", "", "The bond is guaranteed by the state of South Australia and will be listed.", ""},
		{"state of", "", "The unit has agreed with the State of Kansas to carry out a clean-up plan.", ""},
		{"state of", "", "It obtained a bond financing from the State of Connecticut to modernize a plant.", ""},
		{"state of", "", "The State of Illinois has committed 10 mln dlrs in training funds.", ""},
		{"state of", "", "Roland Machold, director of investment for the state of New Jersey, said the sale was part of a program.", ""},
		// Out: a place preposition, an origin, and a possessive.
		{"state of", "", "It will start marketing the contract in the state of Washington today.", "Washington/USA"},
		{"state of", "", "\"I'm from the state of Illinois,\" the senator said.", "Illinois/USA"},
		{"state of", "", "He was concerned about the state of Brazil's economy.", "Brazil/BRA"},
		{"state of", "", "The union in the state of Baden-Wuerttemberg has called a strike.", "Baden-Württemberg/DEU"},
		{"state of", "", "Officials of the state of Alaska met on Monday.", "Alaska/USA"},

		// East Germany and East Berlin: Germany and Berlin.
		{"east", "", "Cold weather in East Germany damaged winter barley, the officer in East Berlin said.", "Germany/DEU|Berlin/DEU"},
		{"east", "", "The mill is equipped with looms from East Germany.", "Germany/DEU"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
