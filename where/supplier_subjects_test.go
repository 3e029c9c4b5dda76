package where_test

import "testing"

// TestSupplierSubjects checks issue 5's thirty-fifth round, read from dev18 and
// dev19: a country that opens a clause as a supplier, buyer or producer
// of goods, by its verb or by its rank in a trade, is the place the goods
// come from or go to, and "Hanover" is the German city. Each kept row
// has rows the exclusions must keep out.
func TestSupplierSubjects(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A supplier by its verb.
		{"supplier verb", "", "Brazil supplied 1,263 tonnes in January, down from 7,411 in December.", "Brazil/BRA"},
		{"supplier verb", "", "The Philippines will import 250,000 bags of cement by the end of the month.", "Philippines/PHL"},
		{"supplier verb", "", "He said Peru exported 1,616,101 quintales in the year to September.", "Peru/PER"},
		{"supplier verb", "", "The Dominican Republic sold 35,000 long tons of sugar for immediate delivery.", "Dominican Republic/DOM"},
		// Out: no amount traded, a verb of another kind, a headline.
		{"supplier verb", "", "Brazil supplied the details to its creditors on Friday.", ""},
		{"supplier verb", "", "Brazil suspended interest payments on its debt.", ""},
		{"supplier verb", "PHILIPPINES TO IMPORT CEMENT", "", ""},

		// A supplier by its rank.
		{"trade rank", "", "Peru, the second biggest producer of the precious metal, froze new silver sales.", "Peru/PER"},
		{"trade rank", "", "Iraq is the main supplier with 235,000 bpd, the figures showed.", "Iraq/IRQ"},
		{"trade rank", "", "He said South Korea is the fourth largest importer of U.S. farm goods.", "South Korea/KOR"},
		{"trade rank", "", "Saudi Arabia, the world's largest oil exporter, was adhering to its quota.", "Saudi Arabia/SAU"},
		// Out: a rank of another kind, a country after another word.
		{"trade rank", "", "Japan is the biggest obstacle to a deal, the official said.", ""},
		{"trade rank", "", "Japan, the host of the talks, said it would not yield.", ""},
		{"trade rank", "", "Officials said yesterday Japan was the largest supplier.", ""},
		{"trade rank", "", "Mexico was the dominant buyer for the current year, the department said.", ""},

		// Hanover, the German city.
		{"hanover", "", "About 10,000 angry West German farmers marched through the streets of Hanover burning effigies.", "Hannover/DEU"},
		{"hanover", "", "The goods were delivered to the trade house near Hanover.", "Hannover/DEU"},
		// Out: the bank named after it.
		{"hanover", "", "The loan was arranged by Manufacturers Hanover Trust Co.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
