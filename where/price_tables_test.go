package where_test

import (
	"testing"
)

// TestPriceTables checks issue 5's forty-eighth round, read from the misses
// of the read Reuters sets: the towns heading the rows of wire copy's
// tables and price lists (empty cells written "---", rows set with one
// space, a row run into a shouted heading, "ST LOUIS"), the items of a
// list of figures run together ("New Haven 4,351 off 605, Stratford Conn
// 785 unch"), and a country heading its own supply table ("USSR CORN").
// A firm's row in a stock table, a unit named after a town, and prose
// are left out.
func TestPriceTables(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Find: rows whose empty cells are dashes, one space after the name.
		{"row", "", "Unit values were set.\n\nWHEAT       HRW   HRS   SRW\nChicago        ---   3.03  3.24\nMinneapolis   2.70   2.70  ---\nKansas City   2.98   ---   3.18", "Chicago/USA|Minneapolis/USA|Kansas City/USA"},
		{"row", "", "Receipts were estimated.\n\nCATTLE  CATTLE  HOGS KANSAS CITY 100    ---    100    500 ST LOUIS    200    100    300    3,000 ST PAUL     1,400  300    1,700  2,800", "Kansas City/USA|St. Louis/USA|Saint Paul/USA"},
		// Find: a row's town that several cities share is the one near the row before.
		{"row", "", "Receipts were estimated.\n\nCATTLE    HOGS SIOUX FALLS 1,200   ---     1,200  3,000 JOLIET      ---     ---     ---    200 PEORIA      ---     ---     ---    2,000", "Sioux Falls/USA|Joliet/USA|Peoria/USA"},
		// Find: the items of a list of figures, with their states.
		{"list", "", "ALUMINUM - total 8,627 off 20. Port of New York 6,468 unch, New Haven 4,351 off 605, Stratford Conn 785 unch, Camden N.J. 62 unch, Chicago 362 unch.", "New York City/USA|New Haven/USA|Stratford/USA|Connecticut/USA|Camden/USA|New Jersey/USA|Chicago/USA"},
		{"list", "", "ACTUAL DELIVERIES - Joliet 12, Peoria 3, Sioux City 18, Omaha 8", "Joliet/USA|Peoria/USA|Sioux City/USA|Omaha/USA"},
		// Keep out: an item whose figure a heading follows, not the next item.
		{"list", "", "AT NO ACCRUED CHARGE - TENDERS - Joliet 29, Peoria 6, Sioux City 8 DEMANDS - nil", "Joliet/USA|Peoria/USA"},
		// Find: a country heading its supply table.
		{"heading", "", "Supply and demand data were as follows --\n\nUSSR COARSE GRAIN\n\n1986/87           1985/86\n\nProduction 103.30  103.30\n\nBRAZIL SOYBEAN OIL, in mln tonnes --\n\n1986/87            1985/86\n\nProduction 2.10 2.00", "Russia/RUS|Brazil/BRA"},
		// Drop: a firm's row in a stock table, its word before after one space.
		{"row", "", "Utility stocks were mixed.\n\nDET ED      17 1/4  N     OFF    3/8 CON ED NY   43 1/4  P     OFF    5/8", ""},
		// Drop: a unit named after a town, then a clause.
		{"list", "", "It will build the units Chesterfield 7 and 8. Chesterfield 7, a 210 megawatt unit, is planned for 1990.", ""},
		// Drop: a town before a figure in prose, with no list before it.
		{"list", "", "The company said Chicago 362 was a code name for the project.", ""},
		// Keep out: a heading that is not on a line of its own before figures.
		{"heading", "", "Officials said JAPAN CORN imports would rise, trade sources said.", ""},
		{"heading", "", "Crop news.\n\nJAPAN CORN IMPORTS SEEN RISING\n\n1987 imports will rise.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}

// TestPriceTablesNearRow checks that a row's town which several cities share
// is the one near the row before: Peoria after Joliet is Peoria,
// Illinois (40.7 N), not the larger Peoria in Arizona (33.6 N).
func TestPriceTablesNearRow(t *testing.T) {
	tg := newTagger(t)
	for _, text := range []string{
		"Receipts were estimated.\n\nCATTLE    HOGS SIOUX FALLS 1,200   ---     1,200  3,000 JOLIET      ---     ---     ---    200 PEORIA      ---     ---     ---    2,000",
		"ACTUAL DELIVERIES - Joliet 12, Peoria 3, Sioux City 18, Omaha 8",
	} {
		d := annotateTagged(t, tg, "", text)
		found := false
		for _, p := range d.Places {
			if p.Name == "Peoria" {
				found = true
				if p.Lat < 40 || p.Lat > 41.5 {
					t.Errorf("%q: Peoria at %.2f, %.2f, want Illinois", text, p.Lat, p.Lon)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Peoria", text)
		}
	}
}
