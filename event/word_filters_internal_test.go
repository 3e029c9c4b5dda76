package event

import (
	"maps"
	"slices"
	"testing"

	"github.com/annals-project/annals/internal/wordfilter"
)

// TestWordFilters checks that each filter lets through every word of the
// list it guards, so that the guard never changes an answer.
func TestWordFilters(t *testing.T) {
	guards := []struct {
		name   string
		words  []string
		filter *wordfilter.Filter
	}{
		{"stances", slices.Collect(maps.Keys(stances)), stanceFilter},
		{"sanctionNouns", slices.Collect(maps.Keys(sanctionNouns)), sanctionFilter},
		{"strikeByNouns", slices.Collect(maps.Keys(strikeByNouns)), strikeByFilter},
		{"measureWords", slices.Collect(maps.Keys(measureWords)), measureFilter},
		{"dayWords", slices.Collect(maps.Keys(dayWords)), dayFilter},
		{"dashes", slices.Collect(maps.Keys(dashes)), dashFilter},
		{"groupRoleNouns", slices.Collect(maps.Keys(groupRoleNouns)), groupRoleFilter},
		{"nominalRuleLemmas", slices.Collect(maps.Keys(nominalRuleLemmas)), nominalRuleFilter},
		{"venueNouns", slices.Collect(maps.Keys(venueNouns)), venueFilter},
	}
	for _, g := range guards {
		if len(g.words) == 0 {
			t.Errorf("%s: no words", g.name)
		}
		if r := g.filter.Rejected(g.words); len(r) > 0 {
			t.Errorf("%s: filter rejects %q", g.name, r)
		}
	}
}
