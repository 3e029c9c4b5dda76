package where_test

import "testing"

// TestClassExamples checks that the members a focusing word picks out of
// a class of lands a locative preposition introduces are places, and
// that members of a class of parties, or of a class after a preposition
// some other word governs, stay out.
func TestClassExamples(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"notably after in", "Unrest followed sharp price rises in other East Bloc states, notably Poland.", "Poland/POL"},
		{"mainly after from", "Smuggled goods come from neighbouring countries, mainly Egypt, Kenya and Ethiopia.", "Egypt/EGY|Kenya/KEN|Ethiopia/ETH"},
		{"like after in", "Prices fell in Asian countries like the Philippines and Thailand.", "Philippines/PHL|Thailand/THA"},
		{"in particular", "Sales rose in several countries, in particular Italy.", "Italy/ITA"},
		{"participle modifier", "Banks in economically distressed areas like Texas have failed.", "Texas/USA"},
		{"of a party", "The plan was thwarted by the reluctance of some countries, notably West Germany, to act.", ""},
		{"for a party", "It would have serious consequences for other countries, especially Japan, he said.", ""},
		{"subject class", "The dollar may fall unless surplus countries, notably West Germany, try harder.", ""},
		{"with a party", "Relations with the Gulf Arab states, particularly Kuwait, are strained.", ""},
		{"preposition of another noun", "The plan is useful in keeping in line nations like Qatar.", ""},
		{"no preposition", "Oil producers, particularly Mexico, cut output.", ""},
		{"acting country", "Brazil suspended interest payments to banks, particularly U.S. banks.", ""},
		{"loans to", "Loans to Latin American countries, particularly Brazil, were cut.", ""},
		{"possessor", "Japan's cabinet met, notably its finance minister.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
