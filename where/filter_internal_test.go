package where

import "testing"

// TestWordFilter checks that a filter never rejects a key of its set and
// rejects most other words, so the guard it makes is both safe and useful.
func TestWordFilter(t *testing.T) {
	guards := map[string]struct {
		set    map[string]bool
		filter *wordFilter
	}{
		"connectors":    {connectors, connectorFilter},
		"placeCueWords": {placeCueWords, placeCueFilter},
		"geoSuffix":     {geoSuffix, geoSuffixFilter},
		"months":        {months, monthsFilter},
		"verbAdverbs":   {verbAdverbs, verbAdverbFilter},
	}
	for name, g := range guards {
		for w := range g.set {
			if !g.filter.may(w) {
				t.Errorf("%s: filter rejects its key %q", name, w)
			}
		}
	}
	f := newWordFilter(map[string]bool{"of": true, "the": true})
	tests := []struct {
		w    string
		want bool
	}{{"of", true}, {"the", true}, {"", false}, {"government", false}, {"said", false}}
	for _, tc := range tests {
		if got := f.may(tc.w); got != tc.want {
			t.Errorf("may(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
