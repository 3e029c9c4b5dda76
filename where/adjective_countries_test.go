package where_test

import (
	"slices"
	"testing"
)

// TestAdjectiveCountries checks that a country the article names only by
// its nationality adjective chooses between namesakes, by its first
// mention, without becoming a place itself.
func TestAdjectiveCountries(t *testing.T) {
	checkPlaceChoices(t, []placeChoice{
		{"an adjective before the only country named picks its namesake",
			"Greece has agreed to buy Spanish corn, a spokesman said. The corn will be shipped from Valencia. Shipments of corn from the U.S. were delayed.",
			"Valencia/ESP", "Valencia/USA"},
		{"the adjective is no place",
			"Spanish officials met their counterparts in Lisbon on Monday.",
			"Lisbon/PRT", "Spain/ESP"},
		{"an adjective does not pull a great city to a far smaller namesake",
			"Canadian banks lent more last week, traders in London said.",
			"London/GBR", "London/CAN"},
		{"a country named before the adjective keeps its namesake",
			"Farmers in the United States said crops near Valencia were damaged. Spanish corn prices rose.",
			"Valencia/USA", "Valencia/ESP"},
	})
}

// placeChoice is a text with a place that must be found and one that must
// not ("" for none): which of two namesakes, or a country kept no place.
type placeChoice struct {
	name, text, want, not string
}

// checkPlaceChoices annotates each text and checks its choice.
func checkPlaceChoices(t *testing.T, tests []placeChoice) {
	t.Helper()
	for _, tt := range tests {
		got := places(t, annotate(t, "", tt.text))
		if !slices.Contains(got, tt.want) || tt.not != "" && slices.Contains(got, tt.not) {
			t.Errorf("%s: %q: got %q, want %s and not %q", tt.name, tt.text, got, tt.want, tt.not)
		}
	}
}
