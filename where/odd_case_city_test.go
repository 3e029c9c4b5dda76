package where_test

import "testing"

// TestOddCaseCity checks the odd-case rule of round 54 (issue 5), read
// from the known-city misses of the read sets (dev4, dev28, dev29, dev31,
// dev36): a great city's name written with its later words, or in a
// lower-case article all its words, in lower case after a place cue.
func TestOddCaseCity(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: a capitalised first word, the rest in lower case.
		{"later lower", "", "Liedtke told a group of security analysts in New york on Monday.", "New York City/USA"},
		{"later lower", "", "The heads of the central banks met in Mexico city to coordinate actions.", "Mexico City/MEX"},
		// Must find: a lower-case article's great city after "in", "to".
		{"all lower", "", "he declined to comment on meetings this week in new york between the directors.", "New York City/USA"},
		{"all lower", "", "the peruvian central bank president had travelled to mexico city.", "Mexico City/MEX"},
		{"all lower", "", "senior economic officials returned from a trip to tokyo last week.", "Tokyo/JPN"},
		// Must drop: a possessor, a lower-case name in a normally written
		// article, an English word, a country after "to", a region.
		{"possessor", "", "the bank sold its stake in new york's largest insurer.", ""},
		{"normal article", "", "He said the meetings were held in new york.", ""},
		{"word", "", "the talks went on in lima and in turkey last week.", ""},
		{"country", "", "the funds went to mexico on friday.", ""},
		{"region", "", "The firm moved to New jersey last year.", ""},
		// Must keep: names written normally.
		{"normal", "", "He was in London last week and in Paris on Monday.", "London/GBR|Paris/FRA"},
		{"normal", "", "Traders in New York said the dollar fell.", "New York City/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
