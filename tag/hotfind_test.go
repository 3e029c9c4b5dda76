package tag

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

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
	index := hotIndex(lex, store)
	if h.table.Slots() < 2*len(index) {
		t.Errorf("%d slots for %d forms: want at most half full", h.table.Slots(), len(index))
	}
	for w, want := range index {
		if got := h.memo(w); got != &h.cands[want] {
			t.Errorf("memo(%q) = %p, want cands[%d]", w, got, want)
		}
	}
	// Every lexicon word, memoised or not, is found exactly when the map has it.
	for _, e := range lex.ents {
		w := e.word
		_, inIndex := index[w]
		if found := h.memo(w) != nil; found != inIndex {
			t.Errorf("memo(%q) found=%v; the memo's map has it: %v", w, found, inIndex)
		}
	}
	for _, w := range []string{"", "xylophonist", "reaganomics", "1987", "The", "saidx", "sai", "internationals", "governmentx"} {
		if _, inIndex := index[w]; inIndex {
			continue
		}
		if m := h.memo(w); m != nil {
			t.Errorf("memo(%q) = %p; the memo lacks it", w, m)
		}
	}
}

// TestLexIndexMatchesMap checks the table analyze reads against a map of
// the word list, built here as parseLexicon once built its own: every
// word of lexicon.txt gives its own entry, a closed-class word the
// lexicon lacks an entry of its own, and strings one letter off a word
// (the bases analyze tries for inflections, most of them absent) give
// what the map gives.
func TestLexIndexMatchesMap(t *testing.T) {
	ix, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lex := make(map[string]*entry, len(store))
	for i := range store {
		lex[store[i].word] = &store[i]
	}
	for _, line := range strings.Split(closedClass, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0][0] == '#' {
			continue
		}
		e := ix.get(f[0])
		switch {
		case e == nil || e.word != f[0] || e.closed == 0:
			t.Errorf("closed-class word %q: entry %+v", f[0], e)
		case lex[f[0]] != nil && lex[f[0]] != e:
			t.Errorf("closed-class word %q: entry %p, not lexicon.txt's %p", f[0], e, lex[f[0]])
		}
		lex[f[0]] = e
	}
	if len(ix.ents) != len(lex) {
		t.Errorf("index holds %d words, want %d", len(ix.ents), len(lex))
	}
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

// TestAddClosed checks how the closed-class table lands on a sorted
// store: on a word's own entry when the store has it, on a new entry
// otherwise, and a word listed twice is refused.
func TestAddClosed(t *testing.T) {
	tests := []struct {
		table   string
		onStore []string // words whose store entry takes closed tags
		extra   []string // words given new entries
		wantErr bool
	}{
		{table: "a DT\nthe DT", onStore: []string{"a"}, extra: []string{"the"}},
		{table: "# comment\n\nzebra NN\nan DT a", onStore: []string{"zebra"}, extra: []string{"an"}},
		{table: "a DT\na DT", wantErr: true},
		{table: "a XX", wantErr: true},
		{table: "a", wantErr: true},
	}
	for _, tt := range tests {
		store := []entry{{word: "a"}, {word: "many"}, {word: "zebra"}}
		extra, err := addClosed(store, tt.table)
		if (err != nil) != tt.wantErr {
			t.Errorf("%q: err %v, want error %v", tt.table, err, tt.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		var on []string
		for _, e := range store {
			if e.closed != 0 {
				on = append(on, e.word)
			}
		}
		var ex []string
		for _, e := range extra {
			ex = append(ex, e.word)
		}
		if !slices.Equal(on, tt.onStore) || !slices.Equal(ex, tt.extra) {
			t.Errorf("%q: closed on store %q, new %q; want %q, %q", tt.table, on, ex, tt.onStore, tt.extra)
		}
	}
}

// TestNoDigitInLexicon guards the tagger's short cut for numbers: no
// word of the lexicon holds a digit, so no form with one has a reading.
func TestNoDigitInLexicon(t *testing.T) {
	ix, _, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ix.ents {
		if strings.IndexFunc(e.word, unicode.IsDigit) >= 0 {
			t.Errorf("lexicon word %q holds a digit", e.word)
		}
	}
}
