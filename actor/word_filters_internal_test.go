package actor

import (
	"strings"
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
		{"abbrevTitles", keys(abbrevTitles), abbrevTitleFilter},
		{"firmSuffixes", keys(firmSuffixes), firmSuffixFilter},
		{"creditorWords", keys(creditorWords), creditorFilter},
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
	words := []string{"said", "corporation.", "the", "", "."}
	for w := range firmSuffixes {
		words = append(words, w, w+".")
	}
	for _, w := range words {
		if got, want := firmSuffix(w), firmSuffixes[strings.TrimSuffix(w, ".")]; got != want {
			t.Errorf("firmSuffix(%q) = %v, want %v", w, got, want)
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
