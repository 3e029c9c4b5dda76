package where_test

import (
	"math"
	"testing"
)

// TestHeadedRows checks that a row of a table set under state headings
// is a town of a heading's state, of either tier, and that rows of firms
// or commodities, rows without a heading and a great city's row are left
// as they were.
func TestHeadedRows(t *testing.T) {
	type at struct {
		name     string
		lat, lon float64 // 0, 0: the name must be no place
	}
	tests := []struct {
		about, text string
		want        []at
	}{
		{"a village only the second tier has, under its state",
			"WEATHER\n\nKANSAS              NEBRASKA TOPEKA     55 38      OMAHA       61 41 GOODLAND   60 30      KEARNEY     63 33",
			[]at{{"Goodland", 39.35, -101.71}, {"Kearney", 40.70, -99.08}}},
		{"a small town under its state, not a great namesake",
			"WEATHER\n\nNEBRASKA            KANSAS OMAHA       61 41      WICHITA     55 43 COLUMBUS    62 35      SALINA      58 40",
			[]at{{"Columbus", 41.43, -97.37}, {"Salina", 38.84, -97.61}}},
		{"a great city under a neighbouring state's heading",
			"WEATHER\n\nMICHIGAN            MISSOURI DETROIT     53 46      JOPLIN      57 40 LANSING     60 37      FARGO       71 32",
			[]at{{"Fargo", 46.88, -96.79}, {"Lansing", 42.73, -84.56}}},
		{"no heading: the second tier is not asked",
			"Temperatures were:\n\nGOODLAND     60 30      KEARNEY     63 33 t\n",
			[]at{{"Goodland", 0, 0}}},
		{"firms in capitals under a state's heading",
			"SHARES\n\nTEXAS               OKLAHOMA CENTEX      12.5 13.0      HALLIBURTON 31.2 30.8 TANDY      40.1 40.5      KERR        11.2 11.9",
			[]at{{"Centex", 0, 0}, {"Halliburton", 0, 0}, {"Tandy", 0, 0}, {"Kerr", 0, 0}}},
		{"commodities under a state's heading",
			"CASH PRICES\n\nKANSAS              NEBRASKA WHEAT       3.05 3.10      CORN        1.55 1.60 SORGHUM    2.63 2.70      OATS        1.40 1.45",
			[]at{{"Wheat", 0, 0}, {"Corn", 0, 0}, {"Sorghum", 0, 0}, {"Oats", 0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.about, func(t *testing.T) {
			d := annotate(t, "", tt.text)
			for _, w := range tt.want {
				found := false
				for _, p := range d.Places {
					if p.Name != w.name {
						continue
					}
					found = true
					if w.lat == 0 && w.lon == 0 {
						t.Errorf("%s is a place (%.2f, %.2f), want none", w.name, p.Lat, p.Lon)
					} else if math.Abs(p.Lat-w.lat) > 0.5 || math.Abs(p.Lon-w.lon) > 0.5 {
						t.Errorf("%s at %.2f, %.2f, want %.2f, %.2f", w.name, p.Lat, p.Lon, w.lat, w.lon)
					}
				}
				if !found && (w.lat != 0 || w.lon != 0) {
					t.Errorf("no %s in %v", w.name, places(t, d))
				}
			}
		})
	}
}
