package where_test

import (
	"strings"
	"testing"
)

// TestExactTowns checks that a small town written beside its region or
// country is that town, not a slip for a city of the gazetteer one letter
// away, nor a compass word before a city the gazetteer knows; and that
// without its area the older guards still hold.
func TestExactTowns(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		want     string // places, "|"-separated
		lat, lon float64
	}{
		{"a village one letter from a city of the same country",
			"The plant in Wettolsheim, France, will make copiers.", "France/FRA|Wettolsheim/FRA", 48.06, 7.30},
		{"a slip the area holds no town of is still mended",
			"The plant in Wentsville, Mo., will make cars.", "Missouri/USA|Wentzville/USA", 38.81, -90.85},
		{"a compass word that is part of the town's name",
			"The plants are in North Tarrytown, N.Y., the company said.", "New York/USA|Sleepy Hollow/USA", 41.09, -73.86},
		{"a compass word before a known city, no area beside it",
			"Farmers in the United States and in West Cairo were hit.", "United States/USA", 0, 0},
	}
	for _, tt := range tests {
		d := annotate(t, "", tt.text)
		got := strings.Join(places(t, d), "|")
		if got != tt.want {
			t.Errorf("%s: %q: got %q, want %q", tt.name, tt.text, got, tt.want)
			continue
		}
		if tt.lat == 0 {
			continue
		}
		found := false
		for _, p := range d.Places {
			found = found || p.GeonameID != 0 && km(p.Lat, p.Lon, tt.lat, tt.lon) <= 30
		}
		if !found {
			t.Errorf("%s: %q: no place near %.2f,%.2f in %+v", tt.name, tt.text, tt.lat, tt.lon, d.Places)
		}
	}
}
