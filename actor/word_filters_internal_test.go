package actor

import (
	"maps"
	"slices"
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
		{"abbrevTitles", slices.Collect(maps.Keys(abbrevTitles)), abbrevTitleFilter},
		{"creditorWords", slices.Collect(maps.Keys(creditorWords)), creditorFilter},
		{"affairLinks", slices.Collect(maps.Keys(affairLinks)), affairWordFilter},
		{"affairNouns", slices.Collect(maps.Keys(affairNouns)), affairWordFilter},
		{"inquiryNouns", slices.Collect(maps.Keys(inquiryNouns)), affairWordFilter},
	}
	for _, g := range guards {
		if len(g.words) == 0 {
			t.Errorf("%s: no words", g.name)
		}
		if r := g.filter.Rejected(g.words); len(r) > 0 {
			t.Errorf("%s: filter rejects %q", g.name, r)
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
