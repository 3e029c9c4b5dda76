package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPlaceNamedFirms checks markets and newspapers whose names open with a
// city or a country: the place's firm or media, never its government.
func TestPlaceNamedFirms(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a city's market", "Singapore welcomed the London Metal Exchange's decision.", "the London Metal Exchange", "GBRBUS"},
		{"a country's market", "Kenya praised the Singapore International Monetary Exchange.", "the Singapore International Monetary Exchange", "SGPBUS"},
		{"a city's newspaper", "A court threw out an award against The Washington Post.", "The Washington Post", "USAMED"},
		{"a newspaper that speaks", "The government must press ahead, the Jakarta Post said.", "the Jakarta Post", "IDNMED"},
		{"a country's post office is no newspaper", "Canada Post asked the federal government to appoint a mediator.", "Canada", "CAN"},
		{"a name running on past the head", "Kenya watched the London Stock Exchange Index fall.", "the London", "GBRGOV"},
		{"a city alone stays the government", "London rejected the proposal.", "London", "GBRGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
