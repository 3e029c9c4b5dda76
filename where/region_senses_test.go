package where_test

import (
	"slices"
	"testing"
)

// TestRegionSenses checks that a name the article ties to a region of one
// country is not a namesake town abroad in its bare mentions, while a
// town of the region's own country keeps its reading.
func TestRegionSenses(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not string // a place that must be found, and one that must not
	}{
		{"a region called a state, then bare beside a town of it",
			"Australia's Victoria state signed a contract with a Chinese trust company. The new plant will be a sister plant to Victoria's Portland smelter. Officials hope for more investment in Victoria.",
			"Victoria/AUS", "Victoria/USA"},
		{"a great city of the region's own country keeps its name",
			"The company is based in White Plains, New York. Its shares are traded in New York.",
			"New York City/USA", ""},
	}
	for _, tt := range tests {
		got := places(t, annotate(t, "", tt.text))
		if !slices.Contains(got, tt.want) || tt.not != "" && slices.Contains(got, tt.not) {
			t.Errorf("%s: %q: got %q, want %s and not %q", tt.name, tt.text, got, tt.want, tt.not)
		}
	}
}
