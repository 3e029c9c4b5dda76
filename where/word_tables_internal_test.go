package where

import "testing"

// TestPlaceCueTable checks that cueWordOf's table answers as the map
// placeCueSets does, for every word of the map and every token of the
// first Reuters articles.
func TestPlaceCueTable(t *testing.T) {
	words := []string{"", "the", "of", "in", "Japan"}
	for w := range placeCueSets {
		words = append(words, w)
	}
	for _, d := range taggedReuters(t, 300) {
		for _, tok := range d.Tokens {
			words = append(words, tok.Norm)
		}
	}
	for _, w := range words {
		want := cueWord{}
		if placeCueFilter.May(w) {
			want = placeCueSets[w]
		}
		if got := cueWordOf(w); got != want {
			t.Errorf("cueWordOf(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWordSets checks each wordSet against the map it holds, for every
// key of the map and every token of the first Reuters articles.
func TestWordSets(t *testing.T) {
	sets := []struct {
		name string
		m    map[string]bool
		set  *wordSet
	}{
		{"connectors", connectors, &connectorSet},
		{"heldVoteVerbs", heldVoteVerbs, &heldVoteVerbSet},
		{"subjectVerbWords", subjectVerbWords, &subjectVerbSet},
		{"firmNameEnds", firmNameEnds, &firmNameEndSet},
		{"notWeak", notWeak, &notWeakSet},
	}
	words := []string{"", "the", "of", "Japan"}
	for _, d := range taggedReuters(t, 300) {
		for _, tok := range d.Tokens {
			words = append(words, tok.Norm)
		}
	}
	for _, s := range sets {
		for w := range s.m {
			if s.set.has(w) != s.m[w] {
				t.Errorf("%s: has(%q) = %v, want %v", s.name, w, !s.m[w], s.m[w])
			}
		}
		for _, w := range words {
			if s.set.has(w) != s.m[w] {
				t.Errorf("%s: has(%q) = %v, want %v", s.name, w, !s.m[w], s.m[w])
			}
		}
	}
}
