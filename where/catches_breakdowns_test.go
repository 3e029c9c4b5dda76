package where_test

import "testing"

// TestCatchesBreakdowns checks issue 5's thirty-sixth round, read from dev20 and
// dev21: a fishing country's catches and a country's current account
// are figures its possessive owns, a breakdown's item may write a unit
// before its bracketed comparison or the comparison in words, a ranking
// may give each country's figure after "at", and "in both" opens
// a pair of places. Each kept row has rows the exclusions must keep out.
func TestCatchesBreakdowns(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A country's catches and current account.
		{"catches", "", "Peru's catches were described as unsatisfactory, the sources said.", "Peru/PER"},
		{"catches", "", "Denmark's catches improved seasonally, with offers unchanged.", "Denmark/DNK"},
		{"catches", "", "Iceland's fishing season ended with catches totalling 1.07 mln tonnes.", "Iceland/ISL"},
		{"current account", "", "He said South Korea's current account had turned from a deficit to a surplus.", "South Korea/KOR"},
		// Out: a two-word figure that qualifies a noun after it, and a
		// season of another kind.
		{"current account", "", "Officials discussed Brazil's current account policy with the bankers.", ""},
		{"catches", "", "Japan's football season opens next week.", ""},

		// A breakdown's unit, or its comparison in words.
		{"compared figure", "", "Main destinations were Italy 300,000 (1.9 mln), Belgium 500,000 tonnes (one mln), Spain 300,000 (zero), Greece 200,000 (300,000).", "Italy/ITA|Belgium/BEL|Spain/ESP|Greece/GRC"},
		{"compared figure", "", "Imports from Austria rose to 6,048 (4,104) and Italy 4,014 tonnes (1,340).", "Austria/AUT|Italy/ITA"},
		// Out: a word in brackets that is no amount.
		{"compared figure", "", "Brazil 101,116 tonnes (estimated) was the largest.", ""},

		// A ranking's figures after "at".
		{"ranked figure", "", "Inflation was highest at home, followed by Canada at 4.0 pct, Britain at 3.9 pct, France at 3.4 pct.", "Canada/CAN|United Kingdom/GBR|France/FRA"},
		// Out: no figure after "at", no ranking before the name.
		{"ranked figure", "", "The talks were followed by Canada at the table.", ""},
		{"ranked figure", "", "He said Canada at 4.0 pct was acceptable.", ""},

		// A pair of places after "in both".
		{"in both", "", "VW's figures highlighted problems in both the U.S. And Brazil.", "United States/USA|Brazil/BRA"},
		{"in both", "", "The group has been acquiring oil properties in both Spain and Britain.", "Spain/ESP|United Kingdom/GBR"},
		// Out: a pair of parties after "to".
		{"in both", "", "The EC delivered warnings to both Japan and the United States over trade.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
