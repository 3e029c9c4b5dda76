package tag

import "testing"

// TestHotFindMatchesIndex checks the memo's open-addressed table against
// its map: every memoised form is found at its own index, and forms the
// memo lacks are not found (analyze would quietly fall back to the
// lexicon, so TestHotMatchesLexicon cannot tell a lost form).
func TestHotFindMatchesIndex(t *testing.T) {
	lex, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	h := newHot(lex, store)
	if h.table.Slots() < 2*len(h.index) {
		t.Errorf("%d slots for %d forms: want at most half full", h.table.Slots(), len(h.index))
	}
	for w, want := range h.index {
		if got, ok := h.find(w); !ok || got != want {
			t.Errorf("find(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	for _, w := range []string{"", "xylophonist", "reaganomics", "1987", "The", "saidx", "sai"} {
		if _, inIndex := h.index[w]; inIndex {
			continue
		}
		if i, ok := h.find(w); ok {
			t.Errorf("find(%q) = %d, true; the memo lacks it", w, i)
		}
	}
}
