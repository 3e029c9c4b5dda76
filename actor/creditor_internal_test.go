package actor

import "testing"

// TestCreditorWordLengths checks that the length bounds sovereignDebt
// tests before its lookup admit every one of creditorWords.
func TestCreditorWordLengths(t *testing.T) {
	for w := range creditorWords {
		if len(w) < minCreditorWord || len(w) > maxCreditorWord {
			t.Errorf("creditor word %q has %d bytes, outside [%d, %d]", w, len(w), minCreditorWord, maxCreditorWord)
		}
	}
}
