package where_test

import "testing"

// TestTradeAgents checks issue 5's fifty-sixth round, read from the
// misses of the read Reuters sets whose known name follows a
// preposition: a land that trades after "by", a land a figure or a load
// is "for". Parties and modifiers after the same prepositions stay out.
func TestTradeAgents(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: the land that trades after "by".
		{"by", "", "Officials raised their forecast of wheat imports by the Soviet Union by one mln tonnes.", "Russia/RUS"},
		{"by", "", "The cheese, shipped to Canada mostly by Denmark and Ireland, was taxed.", "Canada/CAN|Denmark/DNK|Ireland/IRL"},
		// Must drop: a party after "by", and a name that heads a noun.
		{"by party", "", "The plan was backed by the U.K. and the Netherlands.", ""},
		{"by modifier", "", "Sales by U.S. exporters would rise only slowly.", ""},
		{"by verb", "", "Imports rose sharply, helped by Japan.", ""},
		// Must find: the land a figure measures, or where goods go.
		{"figure", "", "Zinc output, including estimates for Yugoslavia, fell in March.", "Serbia/SRB"},
		{"figure", "", "The OECD predicts slow growth and rising unemployment for Portugal this year.", "Portugal/PRT"},
		{"figure", "", "Dealers reported more import licences for Greece and Portugal.", "Greece/GRC|Portugal/PRT"},
		{"goods", "", "Two ships will load 50,000 tonnes of barley for Saudi Arabia.", "Saudi Arabia/SAU"},
		{"goods", "", "A cargo of U.S. wheat for the Soviet Union was turned back.", "Russia/RUS"},
		// Must drop: the figure of a noun the name qualifies.
		{"figure modifier", "", "The outlook for the U.S. dollar remains poor.", ""},
		{"goods modifier", "", "The release of 200,000 tonnes of wheat for U.K. weekly tenders was approved.", ""},
		{"licence", "", "Business grew with two new licences for NCB and SAMBA.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
