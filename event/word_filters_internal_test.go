package event

import (
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
		{"stances", keys(stances), stanceFilter},
		{"sanctionNouns", keys(sanctionNouns), sanctionFilter},
		{"strikeByNouns", keys(strikeByNouns), strikeByFilter},
		{"measureWords", keys(measureWords), measureFilter},
		{"dayWords", keys(dayWords), dayFilter},
		{"sayVerbs", keys(sayVerbs), sayVerbFilter},
		{"conditionSpeech", keys(conditionSpeech), conditionFilter},
		{"dashes", keys(dashes), dashFilter},
		{"groupRoleNouns", keys(groupRoleNouns), groupRoleFilter},
	}
	for _, g := range guards {
		if len(g.words) == 0 {
			t.Errorf("%s: no words", g.name)
		}
		for _, w := range g.words {
			if !g.filter.May(w) {
				t.Errorf("%s: filter rejects %q", g.name, w)
			}
		}
	}
}

// keys returns the keys of m.
func keys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
