package where_test

import "testing"

// TestWireCapitals checks issue 5's forty-fifth round, read from the misses of
// all the read Reuters sets: after "the U.S." or "the U.K." wire copy
// capitalises the next word, and a verb, an adverb in -ly or a clause
// word so capitalised ends the name instead of qualifying it. Rows it
// must leave alone keep the name's capitalised nouns (a modifier), the
// nouns the tagger reads as present-tense verbs, a verb ending the
// sentence and a country acting.
func TestWireCapitals(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Find: a capitalised verb, modal or -ly adverb after the name.
		{"wire caps", "", "Out of this, traders in the U.K. Received 37,800 tonnes.", "United Kingdom/GBR"},
		{"wire caps", "", "Some Japanese trading houses with offices in the U.S. May ask for letters of credit.", "United States/USA"},
		{"wire caps", "", "The offer will be made in the U.K. Only and there will be no offering elsewhere.", "United Kingdom/GBR"},
		{"wire caps", "", "As reported, Audi's sales in the U.S. Dropped nearly 20 pct to 59,800 last year.", "United States/USA"},
		{"wire caps", "", "Improved earnings in the U.S. Largely reflected the restructuring of styrene.", "United States/USA"},
		// Drop: the name qualifies a capitalised noun.
		{"wire caps", "", "He spoke in the U.S. Senate yesterday.", ""},
		{"wire caps", "", "Markets had so far ignored improvements in the U.S. Trade balance, he said.", ""},
		// Keep out: a verb ending the sentence (a misread noun) and a
		// country acting, as before.
		{"wire caps", "", "Markets had so far ignored improvements in the U.S. Deficits.", ""},
		{"wire caps", "", "The diplomats said the EC could raise tariffs if the U.S. Carries out a threat.", ""},
		// Keep: the listed function words, as before.
		{"wire caps", "", "Firms in the U.K. Will benefit.", "United Kingdom/GBR"},
		{"wire caps", "", "It is based in the U.S. And Canada.", "United States/USA|Canada/CAN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
