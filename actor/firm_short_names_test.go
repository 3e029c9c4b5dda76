package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestFirmShortNames checks that a firm the actor layer coded from its
// ticker or its seat is known by its short name later in the article when
// it is another country's than the story's, and that common words, firms
// in their own country's news and unlisted names are left alone.
func TestFirmShortNames(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"ticker and suffix dropped",
			"Peru will build a smelter with Acme Copper Corp <ACU.N>, Peruvian officials in Lima said.\n\nThe mines ministry is in talks with Acme Copper on the price of power.",
			"Acme Copper", "USABUS"},
		{"one proper word",
			"Kenya signed a contract with Brandolini SpA <BRND.MI> to build a dam, Kenyan officials in Nairobi said.\n\nBrandolini will start work in May.",
			"Brandolini", "ITABUS"},
		{"the foreign firm's short name",
			"Dorrow Holdings Plc <DRW.L> said a court had ruled for it, Chilean lawyers in Santiago said.\n\nChilean officials said Chile would appeal.\n\nThe court ordered Dorrow to pay costs.",
			"Dorrow", "GBRBUS"},
		{"the full name still the firm's",
			"Peru will build a smelter with Acme Copper Corp <ACU.N>, Peruvian officials in Lima said.",
			"Acme Copper Corp <ACU.N>", "USABUS"},
		// Silent.
		{"a common word is not a firm",
			"Kenya signed a contract with General Corp <GNRL.N>, Kenyan officials in Nairobi said.\n\nThe general manager said the general view was good. General said it would start in May.",
			"General", ""},
		{"a firm in its own country's news",
			"Dorrow Holdings Plc <DRW.L> said a court had ruled for it, British lawyers in London said.\n\nBritish officials said Britain would appeal.\n\nThe court ordered Dorrow to pay costs.",
			"Dorrow", ""},
		{"no ticker, no suffix: no short name",
			"Kenya signed a contract with Acme Copper, Kenyan officials in Nairobi said.\n\nAcme Copper will start work in May.",
			"Acme Copper", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
