package where_test

import "testing"

// TestPossessiveNames checks that a town whose own name ends in a
// possessive ("St. John's", Newfoundland) is that town, not the namesake
// of the name before the "'s" (Saint John, New Brunswick); followed by a
// capitalised word it heads an institution's name and is no place. A name
// whose possessive names no town keeps its reading, and the town before an
// ordinary possessive is still the town.
func TestPossessiveNames(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"town named with its possessive", "The field lies 350 kilometers east of St. John's and 35 kilometers south of the Hibernia find.",
			"St. John's/CAN"},
		{"town named with its possessive, in a list", "Fog closed the harbours in Halifax and St. John's on Monday.",
			"Halifax/CAN|St. John's/CAN"},
		{"written with its possessive in a story on another country", "Officials in Florida said the trawler was towed into port at St. John's on Monday.",
			"Florida/USA|St. John's/CAN"},
		{"curly apostrophe", "The ferry reached St. John’s on Monday.",
			"St. John's/CAN"},
		{"capital of a possessive name", "Talks opened in St. George's, the capital of Grenada.",
			"Saint George's/GRD|Grenada/GRD"},
		{"institution's name", "Rioters set fire to St. John's Episcopal Church near the park in Washington.",
			"Washington, D.C./USA"},
		{"the namesake written plainly", "The ship sailed from Saint John, New Brunswick, to Boston.",
			"Saint John/CAN|New Brunswick/CAN|Boston/USA"},
		{"ordinary possessive", "Toronto's stock exchange rose, and so did trading in Boston.",
			"Toronto/CAN|Boston/USA"},
		{"possessive of a part of a town", "Crowds gathered in Khartoum's central market on Friday.",
			"Khartoum/SDN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
