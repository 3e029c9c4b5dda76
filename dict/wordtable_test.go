package dict

import (
	"fmt"
	"testing"
)

// TestWordTable checks the open-addressed table against the map it is
// built from: every word is found with its id, other words are not, and
// an empty table finds nothing.
func TestWordTable(t *testing.T) {
	var empty wordTable
	if _, ok := empty.find("gondor"); ok {
		t.Error("the empty table found a word")
	}
	for _, n := range []int{1, 7, 8, 9, 1000} {
		vocab := map[string]uint32{}
		for i := 0; i < n; i++ {
			vocab[fmt.Sprintf("w%d", i)] = uint32(i)
		}
		tb := newWordTable(vocab)
		if len(tb.slots) < 2*n {
			t.Errorf("n=%d: %d slots, want at least twice as many", n, len(tb.slots))
		}
		for w, want := range vocab {
			if got, ok := tb.find(w); !ok || got != want {
				t.Errorf("n=%d: find(%q) = %d, %v; want %d, true", n, w, got, ok, want)
			}
		}
		for _, w := range []string{"", "w", fmt.Sprintf("w%d", n), "x0", "w01"} {
			if _, ok := tb.find(w); ok {
				t.Errorf("n=%d: found %q, which is not in the table", n, w)
			}
		}
	}
}

// TestTrieWordsMatchVocab checks that compile gives each trie a table
// that agrees with its vocabulary.
func TestTrieWordsMatchVocab(t *testing.T) {
	d := New([]Actor{{Name: "Gondor", Names: []string{"Gondor", "Minas Tirith"}}}, nil, nil, nil)
	for w, want := range d.actors.vocab {
		if got, ok := d.actors.words.find(w); !ok || got != want {
			t.Errorf("find(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	if len(d.actors.vocab) == 0 {
		t.Error("no words in the actors' trie")
	}
}
