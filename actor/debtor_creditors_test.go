package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDebtorsCreditors checks round 64: creditors named after their
// debtor ("Jamaica's creditor banks") are banks of no country the words
// give, while creditors of a named nationality keep it.
func TestDebtorsCreditors(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a debtor's creditor banks", "Seaga concluded an agreement with Jamaica's creditor banks to reschedule 181 mln dlrs.", "Jamaica's creditor banks", ""},
		{"a debtor's creditors", "The minister will meet Brazil's commercial creditors next week.", "Brazil's commercial creditors", ""},
		// Kept: the nationality is the banks' own.
		{"creditor banks of a nationality", "Mexico signed an accord with Japanese creditor banks on Monday.", "Japanese creditor banks", "JPNBUS"},
		// Kept: a country's banks that are no creditors.
		{"a country's banks", "Brazil's commercial banks agreed to lend more to farmers.", "Brazil's commercial banks", "BRABUS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
