package where_test

import "testing"

// TestJourneyEnds checks issue 5's fifty-sixth round, read from the
// misses of the read Reuters sets whose known name follows a
// preposition: a departure's "for" after a phrase of time or an adverb,
// and a "from" after a place rather than a person.
func TestJourneyEnds(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: a departure's goal after a phrase of time or an adverb.
		{"departure", "", "The minister left at the weekend for the United States.", "United States/USA"},
		{"departure", "", "The grain is bound initially for Rotterdam.", "Rotterdam/NLD"},
		// Must find: from one place to another; must drop: where a
		// person comes from.
		{"from place", "", "The flies were taken to the United States from Venezuela last week.", "United States/USA|Venezuela/VEN"},
		{"from person", "", "Officials met Eliud Kipchoge from Kenya on Monday.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
