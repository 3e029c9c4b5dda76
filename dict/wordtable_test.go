package dict

import (
	"testing"

	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/internal/wordtab"
)

// vocabWords returns the trie's words, numbered as add numbered them.
func (t *trie) vocabWords() []string {
	words := make([]string, t.vocab.Len())
	for id := range words {
		words[id] = t.vocab.Word(uint32(id))
	}
	return words
}

// TestTrieWordsMatchVocab checks that compile gives each trie a table
// that agrees, over every word of the tries and words they lack, with a
// table built once from the words in add's numbering, as compile once
// built it from a map of them.
func TestTrieWordsMatchVocab(t *testing.T) {
	small := New([]Actor{{Name: "Gondor", Names: []string{"Gondor", "Minas Tirith"}}}, nil, nil, nil)
	own, err := Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	words := 0
	for _, d := range []*Dict{small, own} {
		for _, tr := range []*trie{d.actors, d.agents, d.discards} {
			keys := tr.vocabWords()
			built := wordtab.New(keys)
			words += len(keys)
			for id, w := range keys {
				if got, ok := tr.words.Find(w); !ok || got != uint32(id) {
					t.Errorf("find(%q) = %d, %v; want %d, true", w, got, ok, id)
				}
				for _, other := range []string{w + "x", w[1:], "x" + w} {
					got, ok := tr.words.Find(other)
					want, wantOK := built.Find(other)
					if got != want || ok != wantOK {
						t.Errorf("find(%q) = %d, %v; the table of the words gives %d, %v", other, got, ok, want, wantOK)
					}
				}
			}
		}
	}
	if small.actors.vocab.Len() != 3 || words < 5000 {
		t.Errorf("%d words in the small actors' trie, %d in all: want 3 and thousands", small.actors.vocab.Len(), words)
	}
}
