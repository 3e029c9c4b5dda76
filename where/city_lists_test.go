package where_test

import "testing"

// TestCityLists checks issue 5's thirtieth round, read from dev8 and the
// Wikinews sets: a great city that follows another after a comma is the
// next item of a list of cities, not a region holding the first ("in
// Frankfurt, London, New York and Tokyo"); and a country named bare
// after a preposition is a modifier, no place, where a noun it
// qualifies follows ("open markets to U.S. goods", "offers from US
// colleges"). Each kept row has rows the exclusions must keep out.
func TestCityLists(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A list of great cities: the city, not the state.
		{"listed city", "", "Benetton plans to list its shares in Frankfurt, London, New York and Tokyo, he said.",
			"Frankfurt am Main/DEU|London/GBR|New York City/USA|Tokyo/JPN"},
		{"listed city", "", "The strike affects unions in New York, Chicago, Washington and Los Angeles.",
			"New York City/USA|Chicago/USA|Washington, D.C./USA|Los Angeles/USA"},
		// Still a pair: a town the region holds.
		{"listed city", "", "The plant is in Rochester, New York, the company said.", "Rochester/USA|New York/USA"},

		// Out: a country modifying the noun after it.
		{"country modifier", "", "Japan must open its markets to U.S. goods, he said.", ""},
		{"country modifier", "", "It was one of the most serious breaches of security in U.S. history.", ""},
		{"country modifier", "", "I received scholarship offers from US colleges and moved.", ""},
		{"country modifier", "", "Baker said there has been no change in U.S. policy on the dollar.", ""},
		// Kept: the country itself, a fronted place before a clause, an
		// economic figure, a town before a noun.
		{"country modifier", "", "The company sells its products in Canada and Mexico.", "Canada/CAN|Mexico/MEX"},
		{"country modifier", "", "Cazale said in Argentina subsidies were granted for exports.", "Argentina/ARG"},
		{"country modifier", "", "Finland had to trim exports when oil exports to Finland fell.", "Finland/FIN"},
		{"country modifier", "", "West Germany could not uncouple itself from U.S. interest rate trends.", "United States/USA"},
		{"country modifier", "", "I played another tournament in Portugal right after.", "Portugal/PRT"},
		{"country modifier", "", "The plane landed at Jakarta airport on Monday.", "Jakarta/IDN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
