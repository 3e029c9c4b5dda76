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

// TestSlotOf checks that a word's slot is the bit its filter sets: a
// table indexed by SlotOf answers as May does, for words in the set and
// out of it.
func TestSlotOf(t *testing.T) {
	f := New(map[string]bool{"of": true, "strike": true})
	var table [Slots]bool
	table[SlotOf("of")], table[SlotOf("strike")] = true, true
	for _, w := range []string{"of", "strike", "government", "said", "strikes", "", "x"} {
		if s := SlotOf(w); s >= Slots || table[s] != f.May(w) {
			t.Errorf("SlotOf(%q) = %d: table says %v, May %v", w, s, table[s%Slots], f.May(w))
		}
	}
}
