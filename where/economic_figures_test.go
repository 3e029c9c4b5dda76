package where_test

import "testing"

// TestEconomicFigures checks issue 5's fiftieth round, read from the misses of
// the fresh sets dev34.tsv to dev37.tsv and the older sets of their
// shape: more of a country's own figures after its possessive (an
// acronym in capitals, the economic outlook, a rate of growth, a sector's
// orders), and a country or capital written in lower case after "in" in
// an article the wire sent in lower case. A headline's capitals, a
// sector qualifying a plan, ordinary words and a lower-case name in a
// normally written article stay out.
func TestEconomicFigures(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: the figure a possessive country owns.
		{"figure", "", "The OECD said Italy's GDP may grow by three pct in 1987.", "Italy/ITA"},
		{"figure", "", "Italy's economic outlook for 1987 and 1988 is likely to be less favourable.", "Italy/ITA"},
		{"figure", "", "The bank did not give Canada's real rate of growth for 1986.", "Canada/CAN"},
		{"figure", "", "Japan's private sector machinery orders, excluding shipbuilding, fell 10.4 pct in April.", "Japan/JPN"},
		{"figure", "", "Japan's machinery orders fell in April.", "Japan/JPN"},
		// Must drop: a headline in capitals, a sector qualifying a noun
		// that is no figure, a rate of something else.
		{"figure", "BRAZIL'S GDP GREW 8.2 PCT LAST YEAR", "", ""},
		{"figure", "", "Argentina's private sector foreign debt rose.", ""},
		{"figure", "", "Spain's financial sector reform was approved.", ""},
		{"figure", "", "He questioned Canada's rate of approval for the mergers.", ""},
		// Must keep out: the aggregate after "the", which the read sets'
		// annotators split on.
		{"figure", "", "He said the U.S. Budget deficit was very important.", ""},
		// Must find: a lower-case wire item's country or capital after "in".
		{"lower", "", "at least a half dozen such debt-equity swaps have already taken place in venezuela.", "Venezuela/VEN"},
		{"lower", "", "the chase manhattan bank is closing its operations, the bank's manager in peru, jorge sosa, said.", "Peru/PER"},
		{"lower", "", "a technical team from the imf is currently in caracas gathering data.", "Caracas/VEN"},
		// Must drop: ordinary words, a possessor, a normally written
		// article, a name not after "in".
		{"lower", "", "prices of the meat in turkey and in china rose sharply.", ""},
		{"lower", "", "the talks in peru's debt crisis went on.", ""},
		{"lower", "", "The team said its members were in caracas and lima.", ""},
		{"lower", "", "venezuela will shortly announce a new plan, the bank said.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
