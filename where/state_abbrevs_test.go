package where_test

import "testing"

// TestStateAbbrevs checks issue 5's thirty-fourth round, read from dev16 and
// dev17: the postal abbreviations of states and provinces that are also
// words name their area only after a town ("Kansas City, Mo.", "Oshawa,
// Ont."), a town misspelt beside its region is read in that region
// ("Wentsville, Mo."), a known name a rule left out is no slip for
// another ("Taiwan dollars" is not Tainan), a country whose clause is
// about its own economy is the place measured, a given name that is only
// a small town's does not hide a person's surname ("Howard Baker"),
// "Sterling" is the currency, and an export sales report's "increases
// for" names the buyers, where the goods go. Each kept row has rows the exclusions must
// keep out.
func TestStateAbbrevs(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Abbreviations after a town.
		{"town abbrev", "", "The plants are at Wentzville, Mo. (4,900 workers) and in Detroit.", "Wentzville/USA|Missouri/USA|Detroit/USA"},
		{"town abbrev", "", "Others are located in Oshawa, Ont. (6,100 workers), the company said.", "Oshawa/CAN|Ontario/CAN"},
		{"town abbrev", "", "It bought a 139,000 square foot plant in Andover, Mass., to which it will move.", "Andover/USA|Massachusetts/USA"},
		{"town abbrev", "", "Carteret opened a retail banking office in Vienna, Va., last week.", "Vienna/USA|Virginia/USA"},
		// Out: the same letters elsewhere.
		{"town abbrev", "", "The figures showed a drop of about 1-1/2 pct in MO in February.", ""},
		{"town abbrev", "", "The first bomb went off during Mass; footage shows wooden pews broken.", ""},
		{"town abbrev", "", "Prices in Stockton were 2.78 and in L.A. 3.23 dlrs.", "Stockton/USA"},

		// A slip beside its region.
		{"slip in region", "", "The plants that will be idled are located at Wentsville, Mo. (4,900 workers).", "Missouri/USA|Wentzville/USA"},
		{"slip in region", "", "The company bought a vacant building located in Sapula, Okla.", "Oklahoma/USA|Sapulpa/USA"},

		// A known name left out is no slip.
		{"known no slip", "", "Bankers in Taiwan said all foreign currency must be converted into Taiwan dollars.", "Taiwan/TWN"},

		// A country's own economy.
		{"economy subject", "", "Britain can look forward to fairly strong economic growth, falling interest rates and firm Sterling, the chairman said.", "United Kingdom/GBR"},
		{"economy subject", "", "China had postponed wide-ranging plans to reform its economy because of financial difficulties.", "China/CHN"},
		{"economy subject", "", "Wojnilower said the U.S. probably enjoyed above-average economic growth in the first quarter.", "United States/USA"},
		{"economy subject", "", "But he said Lebanon needed foreign support for its war-battered economy.", "Lebanon/LBN"},
		// Out: a clause about something else, a country after another
		// word, and a headline.
		{"economy subject", "", "Japan will buy more U.S. goods to help the world economy, the official said.", ""},
		{"economy subject", "", "Japan will open its markets to foreign banks, the official said.", ""},
		{"economy subject", "BRITAIN SEES ECONOMIC GROWTH", "", ""},

		// An export sales report's changes for its buyers.
		{"sales change", "", "Major increases for West Germany, Venezuela, the Netherlands and Saudi Arabia were partially offset by reductions for unknown destinations.", "Germany/DEU|Venezuela/VEN|Netherlands/NLD|Saudi Arabia/SAU"},
		{"sales change", "", "Reductions for unknown destinations more than offset increases for Canada, the Dominican Republic and Panama, the department said.", "Canada/CAN|Dominican Republic/DOM|Panama/PAN"},
		// Out: a change for a month or a firm.
		{"sales change", "", "The year on year increase for February was 7.9 pct compared with 5.7 pct in January.", ""},
		{"sales change", "", "It will produce the first rate decrease for Con Edison in more than 20 years.", ""},

		// A given name that is a small town's only.
		{"given name", "", "White House chief of staff Howard Baker said talks had failed. Baker and Carlucci appeared before reporters.", ""},
		{"given name", "", "The studio is controlled by Marvin Davis, an oilman. Calls to Davis were referred to Lee Solters.", ""},
		// Out: a place before the name keeps the town.
		{"given name", "", "A new plant opened in Texas. Texas Conway was not mentioned. The plant is near Conway.", "Texas/USA|Conway/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
