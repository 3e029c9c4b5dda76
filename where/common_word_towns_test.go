package where_test

import "testing"

// TestCommonWordTowns checks the towns of the second tier named by a word
// the tag lexicon knows as a common one: each is the town beside its
// state ("Delta, Pa."), and never the word itself, nor the town without
// its state, nor beside a country alone.
func TestCommonWordTowns(t *testing.T) {
	checkTowns(t, []townCase{
		{"beside its state's dotted abbreviation",
			"The NRC ordered the Peach Bottom plant at Delta, Pa., shut down.", "Delta/USA|Pennsylvania/USA", 39.73, -76.33},
		{"a word the main gazetteer lacks",
			"Now based in Purchase, N.Y., Eagle Industries is moving to Chicago.", "New York/USA|Chicago/USA|Purchase/USA", 41.04, -73.71},
		{"beside its state's undotted abbreviation",
			"It has idle mines near Palisade, Colo, the company said.", "Colorado/USA|Palisade/USA", 39.11, -108.35},
		{"a firm named by the word",
			"Delta Air Lines raised fares in the United States.", "United States/USA", 0, 0},
		{"the word in lower case",
			"The purchase price was paid in the United States.", "United States/USA", 0, 0},
		{"after a cue, the article's country named elsewhere",
			"Sales grew in the United States. Talks stalled at Purchase on Monday.", "United States/USA", 0, 0},
		{"beside a country alone, which may begin a clause",
			"Prices fell in Berry, Australia said on Monday.", "Australia/AUS", 0, 0},
		{"beside a state that holds no town of the name",
			"Costs rose at Purchase, Ohio, last year.", "Ohio/USA", 0, 0},
	})
}
