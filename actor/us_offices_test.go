package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestWashingtonOffices checks that a bare office the wire gives only the
// United States ("trade representative", officials of a capitalised
// "Commerce" or "... Department") is Washington's in a story about another
// country, and that the rule stays silent where the words may name
// another state's body or no US office at all.
func TestWashingtonOffices(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	canada := "Canada welcomed the ruling.\n\nCanadian officials in Ottawa said Canada had won.\n\n"
	chile := "Chile rejected the proposal.\n\nChilean officials in Santiago said Chile would not pay.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"Commerce officials", canada + "Commerce officials would not say whether the duty would stay.", "officials", "USAGOV"},
		{"a Commerce department official", canada + "The duty will stay, a Commerce department official said.", "official", "USAGOV"},
		{"Agriculture Department officials", chile + "Agriculture Department officials said the wheat sale would go ahead.", "officials", "USAGOV"},
		{"U.S. Commerce officials", canada + "U.S. Commerce officials said the duty would stay.", "officials", "USAGOV"},
		{"deputy trade representative", chile + "Deputy trade representative Alan Wolfe met the Chilean finance minister.", "trade representative Alan Wolfe", "USAGOV"},
		// Silent.
		{"bare officials stay the story's", canada + "Officials would not say whether the duty would stay.", "Officials", "CANGOV"},
		{"Treasury officials may be London's", chile + "Treasury officials said the loan would be repaid.", "officials", "CHLGOV"},
		{"a lower-case department", chile + "Officials of the commerce department said the loan would be repaid.", "Officials", "CHLGOV"},
		// The rule leaves "Indian Commerce officials" alone; what the
		// story's country then makes of them is not its concern.
		{"another state's department", chile + "Indian Commerce officials said the sale would go ahead.", "officials", "CHLGOV"},
		{"a ministry is no department", chile + "Agriculture Ministry officials said the sale would go ahead.", "officials", "CHLGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
