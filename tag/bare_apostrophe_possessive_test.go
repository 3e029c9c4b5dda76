package tag_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestBareApostrophePossessive checks that the apostrophe after a
// singular name ending in s, x or z, before a noun, is its possessive,
// and that a quote closed after such a name, an apostrophe before
// punctuation and the plural rule stay as they were.
func TestBareApostrophePossessive(t *testing.T) {
	tests := []struct {
		text, word string
		want       annals.Tag
	}{
		{"Speculation has grown in the run-up to Secretary of State George Shultz' visit later this month to Moscow.", "'", annals.POS},
		{"The board rejected T. Boone Pickens' offer for the company.", "'", annals.POS},
		{"The countries' representation grew.", "'", annals.POS},
		// Not a possessive.
		{"He called it the 'Shultz' plan.", "'", annals.QUOTE},
		{"The talks ended, said Shultz', and then left.", "'", annals.QUOTE},
	}
	for _, tt := range tests {
		doc := MustAnnotate(t, tt.text)
		found := false
		for _, tk := range doc.Tokens {
			if tk.Norm == tt.word {
				found = true
				if tk.Tag != tt.want {
					t.Errorf("%q: %q tagged %v, want %v", tt.text, tt.word, tk.Tag, tt.want)
				}
				break
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tt.text, tt.word)
		}
	}
}
