package wordtab

import "testing"

// TestSet checks that a set answers as the map it is made from, for its
// keys (some mapped to false), words of every length around them and
// words sharing their first bytes and length, and that the zero set is
// empty.
func TestSet(t *testing.T) {
	var empty Set
	if empty.Has("") || empty.Has("a") || empty.Has("gondor") {
		t.Error("the zero set has a word")
	}
	tests := []struct {
		name   string
		m      map[string]bool
		others []string
	}{
		{"short", map[string]bool{"a": true, "of": true, "the": true, "x": false}, []string{"", "b", "x", "o", "on", "oF", "th", "thy", "them"}},
		{"empty word", map[string]bool{"": true, "gondor": true}, []string{"g", "go", "gondo", "gondorr", "rohan"}},
		{"long", map[string]bool{"debentures": true, "securities": true, "constitution": true}, []string{"debenture", "debenturex", "securitiez", "constitutions", "constitutioN"}},
		{"none true", map[string]bool{"war": false}, []string{"war", "wars"}},
	}
	for _, tc := range tests {
		s := SetOf(tc.m)
		if d := s.Disagreements(tc.m, tc.others); len(d) > 0 {
			t.Errorf("%s: SetOf disagrees with its map on %q", tc.name, d)
		}
		all := KeySet(tc.m)
		for w := range tc.m {
			if !all.Has(w) {
				t.Errorf("%s: KeySet lacks key %q", tc.name, w)
			}
		}
		for _, w := range tc.others {
			if _, key := tc.m[w]; all.Has(w) != key {
				t.Errorf("%s: KeySet.Has(%q) = %v, want %v", tc.name, w, all.Has(w), key)
			}
		}
	}
}

// TestSetIndex checks that Index numbers the words in sorted order and
// finds no other word.
func TestSetIndex(t *testing.T) {
	words := []string{"the", "a", "said", "according", "tells", "x", "constitution"}
	sorted := []string{"a", "according", "constitution", "said", "tells", "the", "x"}
	s := NewSet(words)
	for want, w := range sorted {
		if got, ok := s.Index(w); !ok || got != want {
			t.Errorf("Index(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	for _, w := range []string{"", "b", "Said", "tell", "constitutions", "th"} {
		if got, ok := s.Index(w); ok {
			t.Errorf("Index(%q) = %d, true; want false", w, got)
		}
	}
}
