package wordfilter

import "testing"

// TestFilter checks that a filter never rejects a key of its set and
// rejects common words outside it.
func TestFilter(t *testing.T) {
	set := map[string]bool{"of": true, "the": true, "strike": true, "walkout": true, "": true}
	f := New(set)
	for w := range set {
		if !f.May(w) {
			t.Errorf("May(%q) = false for a key", w)
		}
	}
	tests := []struct {
		w    string
		want bool
	}{{"of", true}, {"strike", true}, {"government", false}, {"said", false}, {"strikes", false}}
	for _, tc := range tests {
		if got := f.May(tc.w); got != tc.want {
			t.Errorf("May(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	var empty Filter
	if empty.May("of") {
		t.Error("an empty filter lets a word through")
	}
}
