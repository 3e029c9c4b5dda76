package where_test

import "testing"

// TestNamedDivisions checks issue 5's thirty-seventh round, read from all twelve
// development sets dev10 to dev21 at once: a name the text calls a
// division is the division and so are its other bare mentions, a list
// article's paragraph may open on "CITY, Country -", and Venice is the
// Italian city before a Californian namesake. Each kept row has rows the
// exclusions must keep out.
func TestNamedDivisions(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A division by its cue, and the article's other mentions.
		{"division", "", "Some 10,000 pitmen in the northern province of Leon entered the second day of a strike. Mines in Leon were shut.", "León Province/ESP"},
		{"division", "", "Its copper operations in the central island of Cebu started in the second half of 1986.", "Cebu Province/PHL"},
		{"division", "", "They brought a well offshore Rio de Janeiro state into production in January.", "Rio de Janeiro State/BRA"},
		{"division", "", "Nigeria clamped a curfew on northern Kaduna state and closed its schools.", "Kaduna State/NGA"},
		{"division", "", "Gold properties in the central province of Masbate grew. The mines in Masbate had been accelerated.", "Masbate Province/PHL"},
		// Out: a name the text calls a city keeps the city; a great
		// city keeps its bare name; no division, no change.
		{"division", "", "A man died in Miyazaki prefecture. A spokesman in the city of Miyazaki said walls cracked.", "Miyazaki Prefecture/JPN|Miyazaki/JPN"},
		{"division", "", "Officials of the state of New York met. Later, in New York, he said prices rose.", "New York/USA|New York City/USA"},
		{"division", "", "The company has a plant in Leon, he said.", "León/NIC"},

		// A list article's dateline with its country.
		{"dateline pair", "NEWS ROUNDUP", "Results were due.\nZEEBRUGGE, Belgium - The stricken British car ferry was raised today.\nBRUSSELS - Syria is short of cash.", "Belgium/BEL|Brussels/BEL|Zeebrugge/BEL"},
		{"dateline pair", "NEWS ROUNDUP", "Results were due.\nLONDON, Ontario - A strike ended today.", "London/CAN|Ontario/CAN"},
		// Out: no dash after the country, or the head is not in capitals
		// at a paragraph's start.
		{"dateline pair", "NEWS ROUNDUP", "Results were due.\nZEEBRUGGE, Belgium said the ferry was raised.", ""},
		{"dateline pair", "NEWS ROUNDUP", "Results were due. Zeebrugge, Belgium - the ferry was raised.", ""},

		// Venice beside a story that names the U.S. first.
		{"Venice", "", "Inflation in the United States rose. The seven leading western nations meet in Venice in June.", "United States/USA|Venice/ITA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
