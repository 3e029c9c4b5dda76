package where_test

import (
	"testing"
)

// TestTableRows checks issue 5's twenty-sixth-round rules, drawn from a
// sample of the gazetteer names the recogniser left out of unannotated
// wire copy, each with rows it must keep out.
func TestTableRows(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A place heading a row of a table of figures: its output,
		// imports or prices.
		{"table", "", "It gave this breakdown, in mln bpd\n\nIRAN            1.6              2.2\n\nIRAQ            1.6              1.7\n", "Iran/IRN|Iraq/IRQ"},
		{"table", "", "Prices were:\nToledo        --    3.04   2.98\nMemphis       --    --     3.05\n", "Toledo/USA|Memphis/USA"},
		// ... but not a row with one figure, nor a name set in running
		// text, nor a small town's name (a clipped great one's).
		{"table", "", "Trading profit 105.7 mln vs 101.3 mln, of which Japan 47.9 mln.", ""},
		{"table", "", "The March 12 figure was 3.5 pct.", ""},
		{"table", "", "Prices were:\nSt Lo       1.54  --    1.66\n", ""},
		// What leaves a place, or works from it, is there.
		{"out of", "", "Grey marketeers sneak chips out of Japan, analysts said.", "Japan/JPN"},
		{"out of", "", "It had previously offered similar service out of Houston.", "Houston/USA"},
		{"out of", "", "The company ran out of Mexican pesos.", ""},
		// A country's ports.
		{"port", "", "The strike effectively closed all New Zealand's ports.", "New Zealand/NZL"},
		{"port", "", "Japan's port authority said so.", ""},
		// Where someone leaves for, with the place left and words of
		// time between.
		{"for", "", "The ferry struck a pier as it left Belgium for Britain.", "Belgium/BEL|United Kingdom/GBR"},
		{"for", "", "Rha was to leave later today for Ottawa for trade talks.", "Ottawa/CAN"},
		{"for", "", "He will leave 20 mln dlrs for Mexico.", ""},
		// A route's ends, but not waters.
		{"route", "", "TRC runs a rail network linking Dar es Salaam with the copperbelt.", "Dar es Salaam/TZA"},
		{"route", "", "The first phase connects Grand Rapids with Detroit.", "Grand Rapids/USA"},
		{"route", "", "The Welland Canal linking Lakes Erie and Ontario will open.", ""},
		// Wire copy capitalises the verb after "the U.S.".
		{"wirecaps", "", "Exports to the U.S. Fell to one mln sets in February.", "United States/USA"},
		{"wirecaps", "", "Taiwanese investment in the U.S. Is expected to double.", "United States/USA"},
		{"wirecaps", "", "Exports to the U.S. Will rise to 150,000.", "United States/USA"},
		{"wirecaps", "", "Banks are not subject to U.S. Or U.K. Banking rules.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
