package where_test

import "testing"

// TestUndottedAbbrevs checks issue 5's sixty-eighth round: a state's
// abbreviation written without its full stop names the state after a
// comma and a town the gazetteer places there, and nowhere else; and a
// small town that only such a town's state could have placed is left out
// rather than put in another state.
func TestUndottedAbbrevs(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"town of the state", "", "Westinghouse took over facilities near Richland, Wash, the DOE said.", "Richland/USA|Washington/USA"},
		{"town of the state", "", "Middleton is a tobacco business in King of Prussia, Pa which makes pipe tobacco.", "King of Prussia/USA|Pennsylvania/USA"},
		{"town of the state", "", "The home is a 160 bed facility in Beverly, Mass, the company said.", "Beverly/USA|Massachusetts/USA"},
		{"dotted as before", "", "The plant is near Richland, Wash., the DOE said.", "Richland/USA|Washington/USA"},
		{"not the town's state", "", "The line runs to Wichita Falls, Kan, on the border.", "Wichita Falls/USA"},
		{"no town before", "", "He said they wash, Pa and Ma alike.", ""},
		{"town outside the regions", "", "Westinghouse took over facilities near Richland, Wash, the DOE said. It cited safety problems at Hanford.", "Richland/USA|Washington/USA"},
		{"country named outright", "", "Westinghouse runs plants near Richland, Wash, in the United States. It cited safety problems at Hanford.", "Richland/USA|Washington/USA|United States/USA|Hanford/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
