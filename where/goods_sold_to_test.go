package where_test

import "testing"

// TestGoodsSoldTo checks issue 5's fifty-second round, read from the country
// misses of dev7.tsv to dev38.tsv: goods sold in a stated quantity to a
// country go into it, so the country is a place; a sale with no quantity,
// money lent and whom one speaks to stay parties.
func TestGoodsSoldTo(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: a quantity of goods sold to a country.
		{"sold", "", "Earlier plans to sell one mln tonnes to Iran came to nothing because of the price.", "Iran/IRN"},
		{"sold", "", "Traders said the company sold 20,000 tonnes of white sugar to India last week.", "India/IND"},
		{"sold", "", "The board is selling 500,000 bales of cotton to China, officials said.", "China/CHN"},
		// Must drop: a sale with no quantity, or of money, goes to a party.
		{"sold", "", "The group sold its stake to Kuwait last year.", ""},
		{"sold", "", "The bank sold 50 mln dlrs of debt to Mexico.", ""},
		// Round 93: goods sold to a country go into it with no quantity
		// too (goods_offered_to.go): the read sets hold every such sale
		// as a place ("a request to sell power to the United States",
		// "selling and/or sending any weapons to Iran"), and only a
		// holding, a firm or money goes to a party.
		{"sold", "", "He said it had promised to sell arms to Iran.", "Iran/IRN"},
		// Must find: goods carried to a country after a verb of speech.
		{"moved", "", "NBC said the equipment was flown to Pakistan and then on to Iran.", "Pakistan/PAK|Iran/IRN"},
		{"moved", "", "Officials said the grain was shipped to Egypt in May.", "Egypt/EGY"},
		// Must drop: a message handed over stays a party's.
		{"moved", "", "He said the letter was handed to Syria on Monday.", ""},
		// Must keep: money lent and whom one speaks to stay parties.
		{"sold", "", "The bank has 401 mln dlrs of loans to Brazil outstanding.", ""},
		{"sold", "", "He said he spoke to Japan about 20 tonnes of rice.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
