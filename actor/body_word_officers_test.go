package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBodyWordOfficers checks that an officer whose title follows a body's
// lower-case head noun ("a council spokesman", "association president
// David Buzzelli") is the body's that the article named before, or a
// private body's when the rules coded that body no country, and that
// officers of states, of international bodies and of no named body keep
// the codes they had.
func TestBodyWordOfficers(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"the council named before",
			"The U.S. Feedgrains Council is disappointed by the Canadian Import Tribunal's decision on corn from Canada, a council spokesman said.",
			"spokesman", "USABUS"},
		{"a titled person after the noun",
			"The U.S. Feedgrains Council criticised Canada.\n\nCanadian officials in Ottawa defended the duty on corn.\n\n\"It is protectionism,\" council president Darwin E. Stolte said.",
			"president Darwin E. Stolte", "USABUS"},
		{"an association the rules coded no country",
			"The Taiwan Flour Mills Association will import 81,000 tonnes of wheat in 1987, an association spokesman told Reuters.",
			"spokesman", "TWNBUS"},
		// Unchanged.
		{"a bare title stays the state's",
			"The Taiwan Flour Mills Association will import 81,000 tonnes of wheat in 1987, a spokesman told Reuters.",
			"spokesman", "TWNGOV"},
		{"a state is no body with officers",
			"The Russian Federation signed the treaty with Ukraine, federation officials in Moscow said.",
			"officials", "RUSGOV"},
		{"a board no rule named keeps the state's code",
			"Zimbabwe's Grain Marketing Board has banned the packing of oilseeds in plastic bags, board officials said.",
			"officials", "ZWEGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
