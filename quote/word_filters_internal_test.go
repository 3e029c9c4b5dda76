package quote

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestWordSetFilters checks that each guarded list's filter lets through
// every word of the list, so that the guard never changes an answer.
func TestWordSetFilters(t *testing.T) {
	for _, g := range []struct {
		name string
		set  wordSet
		list map[string]bool
	}{
		{"functionCaps", functionCapSet, functionCaps.words},
		{"nameBreaks", nameBreakSet, nameBreaks.words},
		{"occupations", occupationSet, occupations.words},
		{"nonPerson", nonPersonSet, nonPerson.words},
		{"firmSuffix", firmSuffixSet, firmSuffix.words},
		{"orgWords", orgWordSet, orgWords.words},
		{"thingHeads", thingHeadSet, thingHeads.words},
		{"particles", particleSet, particles.words},
		{"joiners", joinerSet, joiners.words},
		{"roles", roleSet, roles.words},
		{"occupationNouns", occupationNounSet, occupationNouns.words},
	} {
		words := slices.Collect(maps.Keys(g.list))
		if len(words) == 0 {
			t.Errorf("%s: no words", g.name)
		}
		if r := g.set.filter.Rejected(words); len(r) > 0 {
			t.Errorf("%s: filter rejects %q", g.name, r)
		}
		for _, w := range append(words, "", "the", "Smith", "said", "X") {
			if got, want := g.set.has(w), g.list[w]; got != want {
				t.Errorf("%s: has(%q) = %v, want %v", g.name, w, got, want)
			}
		}
	}
}

// TestHasLower checks hasLower against a lookup of strings.ToLower.
func TestHasLower(t *testing.T) {
	words := []string{"", "Spokesman", "SPOKESMAN", "spokesman", "Minister", "Prime", "Zürich", "Ärztin", "x", "Chief-Executive",
		"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "SPOKESPERSONSPOKESPERSON"}
	for w := range roles.words {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		if got, want := roleSet.hasLower(w), roles.words[strings.ToLower(w)]; got != want {
			t.Errorf("hasLower(%q) = %v, want %v", w, got, want)
		}
	}
}
