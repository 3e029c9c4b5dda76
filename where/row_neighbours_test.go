package where_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestRowNeighbours checks the rules of row_neighbours.go on tables set
// as the wire sets them: rows of a weather table closed by a footnote
// flag or two figures, a row's small town placed by the towns of the
// rows before, a cash grain table's basis cells, the states heading a
// weather table's columns. Each place is given
// with its latitude, which tells namesakes apart.
func TestRowNeighbours(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // "Name/CC/latitude", "|"-separated
	}{
		// A row after a trace of rain's flag.
		{"flag", "", "Highs and lows:\n\nCHICAGO    60 36 t DETROIT    53 46\n", "Chicago/USA/42|Detroit/USA/42"},
		// ... but not a word of prose after a figure.
		{"flag", "", "Shares rose 5 a Detroit trader said on Monday.", ""},
		// A small town near the row before, a city's namesake far off.
		{"near", "", "Highs and lows:\n\nCHICAGO    60 36       PEORIA     66 39       QUINCY     57 38\n", "Chicago/USA/42|Peoria/USA/41|Quincy/USA/40"},
		{"near", "", "Highs and lows:\n\nGRAND FORKS  67 33      HURON      70 34\n", "Grand Forks/USA/48|Huron/USA/44"},
		// ... none near the row before: no town.
		{"near", "", "Highs and lows:\n\nSEATTLE    55 40      MONETT     53 40\n", "Seattle/USA/48"},
		// ... and a great city stays itself.
		{"near", "", "Spot prices:\n\nMemphis         4850      4900 Dallas          5040      5115\n", "Memphis/USA/35|Dallas/USA/33"},
		// Two figures one space after a row's name, then a column gap,
		// in a table of towns; not in a table of currencies.
		{"closed", "", "Highs and lows:\n\nFARGO      71 32\n\nDES MOINES 67 36       OMAHA      61 41\n", "Fargo/USA/47|Des Moines/USA/42|Omaha/USA/41"},
		{"closed", "", "Rates:\n\nYEN 25.9575 26.0575 ZAIRE 0.3690 0.3770\n", ""},
		// A cash grain table's basis cells, the row before closed by
		// its change word.
		{"basis", "", "Basis values:\n\nCORN    SOYBEANS TOLEDO     5 UND MAY UNC   1 UND MAY UNC CINCINNATI    1 OVR MAY UP 2\n", "Toledo/USA/42|Cincinnati/USA/39"},
		// A state heading a column of towns, alone or before its first
		// row; not a river, a part of a state or a headline.
		{"heading", "", "Highs and lows:\n\nILLINOIS           WISCONSIN CHICAGO    60 36       MILWAUKEE   54 41\n", "Illinois/USA/40|Wisconsin/USA/45|Chicago/USA/42|Milwaukee/USA/43"},
		{"heading", "", "Cash prices:\n\nILLINOIS RIVER - SENECA CORN, SPOT, 2-1/2 UNDER MAY\n", ""},
		{"heading", "", "Prices:\n\nWEST TEXAS       3.20       3.20\n\nTEXAS PANHANDLE  3.05       3.05\n", ""},
		// A change word in a headline is no given name.
		{"change", "STEEL FIRM SETS UP LONDON, OSAKA UNITS", "The firm set up two units, one in Osaka and one in London.", "Osaka/JPN/35|London/GBR/52"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		d := annotateTagged(t, tg, tt.title, tt.text)
		var got []string
		for _, p := range d.Places {
			got = append(got, fmt.Sprintf("%s/%s/%.0f", p.Name, p.Country, p.Lat))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s: %q %q:\n got  %s\n want %s", tt.rule, tt.title, tt.text, g, tt.want)
		}
	}
}
