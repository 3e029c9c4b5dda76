package where_test

import (
	"math"
	"testing"
)

// TestSentenceRegionTowns checks issue 5's sixty-eighth round: a small
// town is the one in the region its own sentence places things in, also
// when a namesake of the same country is larger; a capital keeps its
// reading.
func TestSentenceRegionTowns(t *testing.T) {
	tests := []struct {
		rule, text string
		town       string
		lat        float64 // the town's latitude, to a degree
	}{
		{"small town of the region", "Barge loadings fell in Iowa after the destruction of an elevator in Burlington last Friday.", "Burlington", 40.8},
		{"small town of the region", "Production will move to facilities in McMinnville and Cookeville, both in Tennessee.", "McMinnville", 35.7},
		{"capital keeps its reading", "Farmers in Indiana said talks in Washington would help.", "Washington, D.C.", 38.9},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		d := annotateTagged(t, tg, "", tt.text)
		found := false
		for _, p := range d.Places {
			if p.Name == tt.town {
				found = true
				if math.Abs(p.Lat-tt.lat) > 1 {
					t.Errorf("%s: %q: %s at latitude %.1f, want %.1f", tt.rule, tt.text, p.Name, p.Lat, tt.lat)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q: no %s", tt.rule, tt.text, tt.town)
		}
	}
}
