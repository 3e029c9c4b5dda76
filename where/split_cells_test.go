package where_test

import "testing"

// TestSplitCells checks that a table row whose cell the tokenizer splits
// at its slash, a fraction ("1/2", "51/2") or "n/a", is read as a row,
// that a small town's name found by a fraction is left alone, and that a
// row's small town is read near most of the rows before it.
func TestSplitCells(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"fraction", "CORN     SOYBEANS TOLEDO   5 UND MAY UNC   1 UND MAY UNC CHICAGO      1/2 OVR MAY UNC   5 UND MAY UNC", "Toledo/USA|Chicago/USA"},
		{"whole and fraction", "CORN     SOYBEANS TOLEDO   5 UND MAY UNC   1 UND MAY UNC CHICAGO      51/2 UND MAY DN 1", "Toledo/USA|Chicago/USA"},
		{"spaced slash", "CORN     SOYBEANS TOLEDO   5 UND MAY UNC   1 UND MAY UNC CHICAGO      1 / 2 OVR MAY UNC", "Toledo/USA"},
		{"small town", "CORN     SOYBEANS TOLEDO   5 UND MAY UNC   1 UND MAY UNC SENECA       51/2 UND MAY DN 1", "Toledo/USA"},
		// "n/a" as a row's second cell, and as the last cell of the row
		// before.
		{"n/a cell", "WEATHER\n\nILLINOIS                WISCONSIN CHICAGO    60 36       MILWAUKEE   54 41\n\nIOWA               INDPLS      51 41 t DES MOINES 67 36       FT WAYNE    53 44 t SPENCER    69 n/a      SOUTH BEND  59 38", "Illinois/USA|Wisconsin/USA|Chicago/USA|Milwaukee/USA|Iowa/USA|Des Moines/USA|Fort Wayne/USA|Spencer/USA|South Bend/USA"},
		{"n/a before", "WEATHER\n\nIOWA               WATERLOO   67 34       DUBUQUE      64 40      ST JOSEPH  n/a SIOUX CITY   66 33", "Iowa/USA|Waterloo/USA|Dubuque/USA|Sioux City/USA"},
		{"n/a in prose", "Revenue was n/a Chicago 12 mln.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}

// TestVotedTown checks that a small town heading a row of a table in two
// columns is the namesake near most of the rows before (Saginaw,
// Michigan, by Flint, Grand Rapids and Lansing), not the one near the
// latest row alone (Saginaw, Texas, by Monett, Missouri).
func TestVotedTown(t *testing.T) {
	tg := newTagger(t)
	text := "WEATHER\n\nMICHIGAN            COLUMBIA   54 37 ALPENA       64 36      ST LOUIS   55 44 t DETROIT      53 46 .03  JOPLIN     57 40 FLINT        56 37      SPRINGFLD  55 42 .02 GRAND RAPIDS 63 39      VICHY      53 42 t LANSING      60 37      MONETT     53 40 t PELLSTON     64 30      W PLAINS   n/a SAGINAW      58 38"
	d := annotateTagged(t, tg, "", text)
	found := false
	for _, p := range d.Places {
		if p.Name == "Saginaw" {
			found = true
			if p.Lat < 40 {
				t.Errorf("Saginaw at %.2f, %.2f, want Michigan's", p.Lat, p.Lon)
			}
		}
	}
	if !found {
		t.Errorf("no Saginaw in %v", places(t, d))
	}
}
