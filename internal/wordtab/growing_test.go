package wordtab

import (
	"fmt"
	"testing"
)

// TestGrowing checks a Growing table as words are added past several
// doublings of its slots and after a Reset: every word added is found
// with its id, words not added are not, and the slots stay at most half
// full.
func TestGrowing(t *testing.T) {
	var g Growing
	if _, ok := g.Find("gondor"); ok {
		t.Error("the empty table found a word")
	}
	words := func(prefix string, n int) []string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = fmt.Sprintf("%s%d", prefix, i)
		}
		return ws
	}
	for _, tc := range []struct {
		prefix string
		n      int
	}{
		{"w", 1}, {"w", 511}, {"w", 512}, {"word-of-some-length-", 3000}, {"", 5000},
	} {
		g.Reset()
		keys := words(tc.prefix, tc.n)
		for want, w := range keys {
			if got := g.Add(w); got != uint32(want) {
				t.Fatalf("%s%d: Add(%q) = %d, want %d", tc.prefix, tc.n, w, got, want)
			}
		}
		if g.Len() != tc.n || 2*g.Len() > g.Slots() {
			t.Errorf("%s%d: %d words in %d slots", tc.prefix, tc.n, g.Len(), g.Slots())
		}
		for want, w := range keys {
			if got, ok := g.Find(w); !ok || got != uint32(want) {
				t.Errorf("%s%d: Find(%q) = %d, %v; want %d, true", tc.prefix, tc.n, w, got, ok, want)
			}
			if got := g.Word(uint32(want)); got != w {
				t.Errorf("%s%d: Word(%d) = %q, want %q", tc.prefix, tc.n, want, got, w)
			}
		}
		for _, w := range []string{"x", tc.prefix + "x", fmt.Sprintf("%s%d", tc.prefix, tc.n), "gondor-and-rohan"} {
			if _, ok := g.Find(w); ok {
				t.Errorf("%s%d: found %q, which was not added", tc.prefix, tc.n, w)
			}
		}
	}
	g.Reset()
	if _, ok := g.Find("0"); ok || g.Len() != 0 {
		t.Errorf("after Reset: Len %d, found a word added before", g.Len())
	}
	// Reserve keeps the words and makes room for more without growing.
	g.Add("a")
	g.Reserve(10000)
	slots := g.Slots()
	if slots < 20000 {
		t.Errorf("Reserve(10000) left %d slots", slots)
	}
	for _, w := range words("r", 9999) {
		g.Add(w)
	}
	if id, ok := g.Find("a"); !ok || id != 0 || g.Slots() != slots {
		t.Errorf("after Reserve: Find(a) = %d, %v; %d slots, reserved %d", id, ok, g.Slots(), slots)
	}
}
