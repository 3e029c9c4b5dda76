package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCurrencies checks that a country word before a currency names the
// currency, not an actor ("Swiss francs", "the West German mark"), while
// the country stays an actor before a verb that looks like a currency
// ("Japan marks") and an organisation before "dollar" keeps its name.
func TestCurrencies(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"Swiss francs", "Banks must demand the identity of anyone doing more than 100,000 Swiss francs worth of business.", "Swiss", ""},
		{"Kenyan shillings", "We expect to receive 18.3 billion Kenyan shillings in loans.", "Kenyan", ""},
		{"a country of two words before mark", "Funds surged into the dominant EMS currency, the West German mark.", "the West German", ""},
		{"a verb that looks like a currency", "Japan marks the anniversary of the war today.", "Japan", "JPN"},
		{"an organisation before dollar", "The U.S. promised to support the Group of Seven dollar stabilization agreement.", "the Group of Seven", "IGOWSTGSV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
