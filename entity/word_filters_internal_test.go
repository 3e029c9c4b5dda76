package entity

import (
	"maps"
	"slices"
	"testing"

	"github.com/annals-project/annals/internal/wordfilter"
)

// TestWordFilters checks that each filter lets through every word of the
// list it guards, so that the guard never changes an answer.
func TestWordFilters(t *testing.T) {
	for _, g := range []struct {
		name   string
		set    map[string]bool
		filter *wordfilter.Filter
	}{
		{"titleHeads", titleHeads, titleHeadFilter},
		{"notNames", notNames, notNameFilter},
		{"thingHeads", thingHeads, thingHeadFilter},
		{"orgWords", orgWords, orgWordFilter},
	} {
		words := slices.Collect(maps.Keys(g.set))
		if len(words) == 0 {
			t.Errorf("%s: no words", g.name)
		}
		if r := g.filter.Rejected(words); len(r) > 0 {
			t.Errorf("%s: filter rejects %q", g.name, r)
		}
	}
}
