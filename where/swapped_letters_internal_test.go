package where

import "testing"

// TestSwapped checks the short names forgiven two neighbouring letters
// swapped: only toward a country or a great city, only one, and never a
// first letter, a longer edit or a name of another shape.
func TestSwapped(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		want string // the place's name, "" for none
	}{
		{"toyko", "Tokyo"},
		{"prauge", "Prague"},
		{"dulbin", "Dublin"},
		{"ecaudor", "Ecuador"},
		{"cyrpus", "Cyprus"},
		{"otkyo", ""},      // the first letter is kept
		{"tokoy", "Tokyo"}, // the last two letters
		{"tkoyo", "Tokyo"},
		{"tokio", ""},  // a letter changed is no swap
		{"toldeo", ""}, // Toledo: no great city
		{"korea", ""},  // a shape no name has
		{"tok yo", ""}, // not one word
		{"lmia", ""},   // too short
		{"lodnon", "London"},
		{"pairsxx", ""}, // two slips
	}
	for _, tt := range tests {
		var scratch []byte
		got := ""
		if p := g.swapped(tt.key, scratch); p >= 0 {
			got = g.places[p].Name
		}
		if got != tt.want {
			t.Errorf("swapped(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}
