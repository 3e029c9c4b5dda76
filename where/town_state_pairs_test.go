package where_test

import "testing"

// TestTownStatePairs checks issue 5's thirty-ninth round, read from dev24 and
// dev25, company and market news: a "Town, State" pair before "based" or
// a noun it qualifies is left out, as is a state before its courts; a
// firm named "A, B and C Co", a valley and "The" before a city are no
// places; a pair's town is the article's sense of the name; a
// country's market is kept; a cause after a place ("due to") does not
// make it a modifier; and a headline repeated before the dateline does
// not hide the dateline. Each kept row has rows the exclusions must
// keep out.
func TestTownStatePairs(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A pair before "based", with or without stops.
		{"pair", "", "It signed an agreement with Gold Hill Computers, a Cambridge, Mass.,-based software company.", ""},
		{"pair", "", "Hall said the Ashland, Ky., based oil company would have strong margins.", ""},
		{"pair", "", "Under the agreement, Santa Ana, Calif.-based Meridian will pay cash.", ""},
		{"pair", "", "It acquired Falmouth, Maine-based G.H. Bass and Co in 1978.", ""},
		// A pair before a noun it qualifies.
		{"pair", "", "Another Taft shareholder, Cincinnati, Ohio, financier Carl Lindner, has also said he had talks.", ""},
		{"pair", "", "The cars will still be built at GM's Van Nuys, Calif., plant.", ""},
		{"pair", "", "Workers struck at its Trail and Kimberley, British Columbia lead-zinc operations.", ""},
		// Out: a pair where something happens, a list after "in", a
		// country before another firm's town, a name before no state.
		{"pair", "", "The company moved to Houston, Texas, last year.", "Houston/USA|Texas/USA"},
		{"pair", "", "It has subsystems operations in Burlington, Mass., microwave power devices operations in Hauppauge, N.Y.", "Burlington/USA|Massachusetts/USA|Hauppauge/USA|New York/USA"},
		{"pair", "", "Pressures rose, especially in the U.S., Hamburg-based Vereinsbank said.", "United States/USA"},
		{"pair", "", "The budget covers a tin project in New Brunswick, Bousquet mine number two in Quebec.", "New Brunswick/CAN|Quebec/CAN"},

		// A state before its courts or laws.
		{"state court", "", "Baker filed a lawsuit in Texas state court late yesterday.", ""},
		{"state court", "", "Texaco would seek to continue its appeal in Texas courts.", ""},
		{"state court", "", "Baker filed a lawsuit in Texas yesterday.", "Texas/USA"},

		// A firm named as a list of partners.
		{"firm list", "", "It sold the shares through PaineWebber Inc and Bear, Stearns and Co Inc.", ""},
		{"firm list", "", "It hired Donaldson, Lufkin and Jenrette Securities Corp to assist.", ""},
		// Out: a place and its country before another firm.
		{"firm list", "", "It sold a unit to a buyer in Milan, Italy and ARCO Seed Co to a rival.", "Milan/ITA|Italy/ITA"},

		// A valley is a broad area; a town of that name with its state is
		// a town.
		{"valley", "", "Planting had begun in Texas and in the Rio Grande Valley.", "Texas/USA"},
		{"valley", "", "The line will deliver oil from the San Joaquin Valley in California.", "California/USA"},
		{"valley", "", "She died at her home in Carmel Valley, California.", "Carmel-by-the-Sea/USA|California/USA"},

		// A pair's town is the sense of the article's other mentions.
		{"pair sense", "", "Workers are on strike at its Trail smelter and Kimberley, B.C. lead-zinc mine. The Sullivan mine at Kimberley produced ore.", "Kimberley/CAN"},
		{"pair sense", "", "Charter Federal Savings of Bristol, Va., will buy Jefferson Savings. The association will be based in Bristol.", "Bristol/USA"},
		// Out: no pair, the great namesake stays.
		{"pair sense", "", "The Sullivan mine at Kimberley produced ore.", "Kimberley/ZAF"},

		// "The" before a city is not written with it.
		{"The Hague", "", "The Business Appeal Court in The Hague heard the case.", "The Hague/NLD"},

		// A country's market after a cue.
		{"market", "", "The fund will be launched in the United States market next month.", "United States/USA"},
		{"market", "", "Emerson Electric Co is offering in the U.S. debt market 100 mln New Zealand dlrs of notes.", "United States/USA"},
		// Out: a market's figures, and an adjective.
		{"market", "", "A record close in the U.S. stock market stimulated buying.", ""},
		{"market", "", "It wants access to the Japanese market.", ""},

		// A cause after a place.
		{"due to", "", "The USDA forecast a drop in coffee production in the Ivory Coast due to drought.", "Ivory Coast/CIV"},

		// A headline repeated before the dateline.
		{"headed dateline", "U.S. OIL <USOL> TO SELL SHARES", "U.S. OIL <USOL> TO SELL SHARES  NEW YORK, March 31 - U.S. Oil Co said it would sell shares.", "New York City/USA*"},
		{"headed dateline", "", "U.S. OIL <USOL> TO SELL SHARES\n\nNEW YORK, March 31 - U.S. Oil Co said it would sell shares.", "New York City/USA*"},
		{"headed dateline", "BICC SEEKS GROWTH", "BICC SEEKS ACCELERATED EARNINGS GROWTH LONDON, March 25 - BICC Plc said profits rose.", "London/GBR*"},
		// Out: no month and day after the comma.
		{"headed dateline", "BICC SEEKS GROWTH", "BICC SEEKS ACCELERATED EARNINGS GROWTH LONDON, BICC Plc said profits rose.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
