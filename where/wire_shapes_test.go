package where_test

import (
	"testing"
)

// TestWireShapes checks issue 5's eighteenth-round rules, drawn from the
// shapes of Reuters wire copy, each with rows it must keep out.
func TestWireShapes(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		// Wire copy capitalises a function word after "U.S.".
		{"wire caps", "Eurostat noted output growth also fell in the U.S. And Japan.", "United States/USA|Japan/JPN"},
		{"wire caps", "Oil spending in the U.K. Or on its shelf is allowed.", "United Kingdom/GBR"},
		{"wire caps", "The firms are not subject to U.S. Or U.K. Banking rules.", ""},
		{"wire caps", "They are seeking a niche in the U.S. And European securities markets.", ""},
		// An adjective of nationality is no slip for its country's name.
		{"demonym", "They cut competition between South Korean firms.", ""},
		{"demonym", "The issue is payable in Australian dollars.", ""},
		{"demonym", "It agreed to sell its properties located in Michigan, Tennesse, Florida and Louisiana.", "Michigan/USA|Tennessee/USA|Florida/USA|Louisiana/USA"},
		// Wire sources named after their market are modifiers.
		{"sources", "He spoke to Toronto analysts.", ""},
		{"sources", "India bought two cargoes of sugar from London traders.", ""},
		// The economy of a place is measured there.
		{"economy", "He cited a change in the economy of Japan, the U.S. Or West Germany.", "Japan/JPN|United States/USA|Germany/DEU"},
		{"economy", "Earnings were hit by the weak economies of Texas and Oklahoma.", "Texas/USA|Oklahoma/USA"},
		// A campus is named after its town.
		{"campus", "He is a professor at the University of California at Berkeley.", ""},
		{"campus", "He is a professor at a university at Berkeley.", "Berkeley/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
