package where_test

import (
	"slices"
	"strings"
	"testing"
)

// TestFixtureLegs checks that a freight fixture's leg keeps each end the
// gazetteer knows when the other is a port it lacks or a range, and that
// a slashed pair without a cargo's tonnage names no leg.
func TestFixtureLegs(t *testing.T) {
	tests := []struct {
		about, text string
		want        []string // "Name/CC" that must be found
		not         []string // names that must not
	}{
		{"a port the gazetteer lacks, then a known one",
			"LONDON METAL FREIGHTS\n\nKuantan Baru/Santos 18,000 mt steel plates 1,000/500 5-15/5.", []string{"Santos/BRA"}, nil},
		{"a known port, then a range in lower case",
			"LONDON GRAIN FREIGHTS\n\nRouen/one-two ports Red Sea 12,000/14,000 mt bagged wheat 2,000/1,000.", []string{"Rouen/FRA"}, nil},
		{"a port after a range of ports",
			"LONDON SUGAR FREIGHTS\n\nOne port Gdansk-Rostock range/Jeddah 7,500 mt bagged sugar 750/750.", []string{"Jeddah/SAU"}, nil},
		{"no tonnage: a firms' pair",
			"SHARE DEALINGS\n\nMidland/Conserdyne 4,500 shares traded at 12 dlrs.", nil, []string{"Midland"}},
		{"no leg at a line's start: a month pair",
			"TONNAGES\n\nMay/Jamestown 3,000 mt", nil, []string{"May"}},
	}
	for _, tt := range tests {
		t.Run(tt.about, func(t *testing.T) {
			got := places(t, annotate(t, "", tt.text))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no %s in %v", w, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasPrefix(g, n+"/") {
						t.Errorf("%s found in %v", n, got)
					}
				}
			}
		})
	}
}
