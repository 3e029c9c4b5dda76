package tag

import "testing"

// TestHotMemoMatchesIndex checks the memo's open-addressed table against
// its map: every memoised form is found at its own index, and forms the
// memo lacks are not found (analyze would quietly fall back to the
// lexicon, so TestHotMatchesLexicon cannot tell a lost form).
func TestHotMemoMatchesIndex(t *testing.T) {
	lex, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	h := newHot(lex, store)
	if h.table.Slots() < 2*len(h.index) {
		t.Errorf("%d slots for %d forms: want at most half full", h.table.Slots(), len(h.index))
	}
	for w, want := range h.index {
		if got := h.memo(w); got != &h.cands[want] {
			t.Errorf("memo(%q) = %p, want cands[%d]", w, got, want)
		}
	}
	// Every lexicon word, memoised or not, is found exactly when the map has it.
	for w := range lex {
		_, inIndex := h.index[w]
		if found := h.memo(w) != nil; found != inIndex {
			t.Errorf("memo(%q) found=%v; the memo's map has it: %v", w, found, inIndex)
		}
	}
	for _, w := range []string{"", "xylophonist", "reaganomics", "1987", "The", "saidx", "sai", "internationals", "governmentx"} {
		if _, inIndex := h.index[w]; inIndex {
			continue
		}
		if m := h.memo(w); m != nil {
			t.Errorf("memo(%q) = %p; the memo lacks it", w, m)
		}
	}
}

// TestLexIndexMatchesMap checks the table analyze reads against the
// lexicon's map over the whole word list: every word gives its own
// entry, and strings one letter off a word (the bases analyze tries for
// inflections, most of them absent) give what the map gives.
func TestLexIndexMatchesMap(t *testing.T) {
	lex, _, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	ix := newLexIndex(lex)
	for w, want := range lex {
		if got := ix.get(w); got != want {
			t.Errorf("get(%q) = %p, want %p", w, got, want)
		}
		for _, v := range []string{w[:len(w)-1], w + "e", w + "s", "x" + w} {
			if got, want := ix.get(v), lex[v]; got != want {
				t.Errorf("get(%q) = %p, want %p", v, got, want)
			}
		}
	}
	for _, w := range []string{"", "xylophonists", "1987", "The"} {
		if got, want := ix.get(w), lex[w]; got != want {
			t.Errorf("get(%q) = %p, want %p", w, got, want)
		}
	}
}
