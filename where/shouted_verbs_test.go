package where_test

import "testing"

// TestShoutedVerbs checks issue 5's eighty-third round, read from the
// misses of the read Reuters sets: in a headline in capitals, a verb the
// tagger reads in the third person or the past, or a word opening a
// time, ends a name after "IN" or "AT" instead of lengthening it. Rows
// it must leave alone keep a noun after the name (a modifier), a name
// with no locative before it, and a verb in lower case.
func TestShoutedVerbs(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Find: a headline verb or time word after "IN" and a name.
		{"headline verb", "ANZ BANK IN N.Z. RAISES INDICATOR LENDING RATE", "The bank raised its rate today.", "New Zealand/NZL"},
		{"headline verb", "FOREIGN INVESTMENT IN AUSTRALIA JUMPS IN LAST QTR", "The inflow rose, officials said.", "Australia/AUS"},
		{"headline verb", "G-7 OFFICIALS TO MEET IN SARDINIA THIS WEEK", "Officials will meet this week.", "Sardinia/ITA"},
		// Leave: a noun after the name, no "IN" before it, lower case.
		{"headline verb", "SIX REPORTED WOUNDED IN ECUADOR GENERAL STRIKE", "Six people were hurt, police said.", ""},
		{"headline verb", "COMINCO SELLS STAKE IN CANADA METAL", "The company sold its stake.", ""},
		{"headline verb", "JAPAN RAISES DISCOUNT RATE", "The bank raised its rate.", ""},
		{"headline verb", "", "Shares in Westpac Banking Corp rose.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
