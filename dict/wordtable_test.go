package dict

import "testing"

// TestTrieWordsMatchVocab checks that compile gives each trie a table
// that agrees with its vocabulary.
func TestTrieWordsMatchVocab(t *testing.T) {
	d := New([]Actor{{Name: "Gondor", Names: []string{"Gondor", "Minas Tirith"}}}, nil, nil, nil)
	for w, want := range d.actors.vocab {
		if got, ok := d.actors.words.Find(w); !ok || got != want {
			t.Errorf("find(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	if len(d.actors.vocab) == 0 {
		t.Error("no words in the actors' trie")
	}
}
