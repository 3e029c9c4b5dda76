package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestVenueNames checks that a capital naming a meeting or an accord, and
// a country naming a round of trade talks, is no party, while a country
// that is a party to an agreement and a pair joined by a hyphen stay.
func TestVenueNames(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"an accord named for a capital", "Turkey said Greek survey ships violated the 1976 Berne Agreement on the continental shelf.", nil},
		{"a round named for a country", "Reagan strongly backed the Uruguay trade round at the economic summit.", nil},
		{"a meeting named for a capital", "Dozens of finance ministers are expected to attend the Manila meeting next week.", nil},
		// Kept: the place as a party.
		{"an agreement with a country", "Greece violated an agreement with Switzerland on the continental shelf.", []string{"GRC CHE 128"}},
		{"a country's agreement", "A U.K. agreement with the U.S. Securities and Exchange Commission was signed on Monday.", []string{"GBR USA 057", "USA GBR 057"}},
		// Round 160: the dated pact of the pair is their accord too, as the
		// read gold codes "failed to abide by a 1986 U.S.-Japan pact" (paired_accords.go).
		{"a hyphened pair", "Tokyo accused Washington of breaking the 1986 U.S.-Japan pact on semiconductors.", []string{"JPN USA 057", "JPNGOV USAGOV 112", "USA JPN 057"}},
	})
}
