package tag_test

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/tag"
)

// TestNumbersHaveNoReadings checks the tagger's short cut for tokens with
// a digit over every such token of 3,000 Reuters and 500 Wikinews
// articles: the lexicon gives none of them a reading, so skipping the
// lookups changes no tag.
func TestNumbersHaveNoReadings(t *testing.T) {
	docs := corpusDocs(t, "reuters21578.jsonl", 3000)
	docs = append(docs, corpusDocs(t, "wikinews.jsonl", 500)...)
	n := 0
	for _, d := range docs {
		for i := range d.Tokens {
			tk := &d.Tokens[i]
			if tk.Flags&annals.Digit == 0 {
				continue
			}
			n++
			if tag.HasReadings(tk.Norm) {
				t.Errorf("%s: %q has a digit and readings", d.ID, tk.Norm)
			}
		}
	}
	if n < 10000 {
		t.Errorf("only %d tokens with a digit", n)
	}
}
