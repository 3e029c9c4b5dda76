package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestNationalCouncils checks that a "National Security Council" is its
// state's government, not the UN's Security Council, and that the UN's
// council keeps its code.
func TestNationalCouncils(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a country before it", "Officials of the U.S. National Security Council met Iranian envoys.", "Security Council", "USAGOV"},
		{"a possessive before it", "Israel's National Security Council met on Sunday to discuss the talks.", "Security Council", "ISRGOV"},
		{"the state near it", "The Pentagon will ask the National Security Council to prohibit the sales.", "Security Council", "USAGOV"},
		{"no state named", "He will ask the National Security Council to prohibit the sales.", "Security Council", ""},
		// Kept: the UN's council, named in full or alone.
		{"the U.N. council", "The U.N. Security Council condemned the attack on Iran.", "The U.N. Security Council", "IGOUNO"},
		{"the council alone", "The United States vetoed a Security Council resolution on South Africa.", "Security Council", "IGOUNO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
