package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTickerFirms checks the firms that round 40 taught annals to give a
// country from their own words (a ticker's exchange, trade bodies named
// after their country, nationalities before financial firms), a firm's own
// departments and names, and the cities that only seat a party
// ("London-based").
// Each rule has rows that must stay silent (mention "" or code
// "").
func TestTickerFirms(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		// A ticker's exchange.
		{"Paris ticker", "Avions Marcel Dassault-Breguet Aviation <AVMD.PA> has suspended deliveries of its Mirage fighter jets to Egypt.", "Avions Marcel Dassault-Breguet Aviation <AVMD.PA>", "FRABUS"},
		{"Tokyo ticker after Co Ltd", "Talks have been held with Mitsubishi Heavy Industries Co Ltd <MITH.T>, he said.", "Mitsubishi Heavy Industries Co Ltd <MITH.T>", "JPNBUS"},
		{"London ticker, state-owned", "The Commission approved aid to state-owned Rover Group Plc <BLLL.L> on Monday.", "Rover Group Plc <BLLL.L>", "GBRGOV"},
		{"a bare ticker says no country", "Commerce Secretary Malcolm Baldrige fought the sale by French-controlled Schlumberger Ltd <SLB> to Japan.", "Schlumberger Ltd <SLB>", ""},
		{"a foreign receipt's ticker says no country", "NEC Electronics Inc, a unit of NEC Corp <NIPNY>, said a judge denied its motion.", "NEC Corp <NIPNY>", ""},
		{"a name running into an actor", "The Supreme Court declined to hear an appeal by U.S. West Inc <USW> on the decree.", "West Inc <USW>", ""},
		{"an unknown exchange", "Alpha Beta Corp <AB.QQ> said it would sign.", "Alpha Beta Corp <AB.QQ>", ""},
		// Trade bodies after their country.
		{"industry council", "Canadian Forest Industry Council chairman Adam Zimmerman told reporters the bill was dangerous.", "Canadian Forest Industry Council", "CANBUS"},
		{"institute of an industry", "The American Petroleum Institute urged Congress to act.", "The American Petroleum Institute", "USABUS"},
		{"a council with no trade word", "The Japan Foreign Trade Council said exports would fall.", "The Japan Foreign Trade Council", ""},
		// Nationalities before financial firms.
		{"brokerage houses", "Britain has threatened to revoke licences of Japanese brokerage houses.", "Japanese brokerage houses", "JPNBUS"},
		{"financial firms", "Thatcher threatened to block Japanese financial firms from London.", "Japanese financial firms", "JPNBUS"},
		{"multilateral institutions are no country's firms", "Baker asked Congress to fund the multilateral financial institutions.\n\nThe U.S. Treasury said so.", "financial institutions", ""},
		// A name after a firm noun is the firm's, no titled person's.
		{"a firm's name after a firm noun", "U.S. Treasury officials said so.\n\nRegan was formerly head of the brokerage firm Merrill Lynch and came to Washington.", "the brokerage firm Merrill Lynch", ""},
		{"a titled person still", "U.S. Treasury officials said so.\n\nTreasury Secretary Tomas Wexler came to Washington.", "Treasury Secretary Tomas Wexler", "USAGOV"},
		// A role word owned by a firm through "its".
		{"a firm's department", "West German officials said so.\n\nVolkswagen AG <VOWG.F> said it has dismissed the head of its foreign exchange department.", "department", "DEUBUS"},
		{"exporters' own government stays a government", "Indonesian officials said so.\n\nIndonesian coffee exporters are urging their government to lobby for quotas.", "government", "IDNGOV"},
		// A city seating a party.
		{"based in a capital", "Reuters Holdings Plc <RTRS.L> reached agreement with the London-based International Stock Exchange.", "London-based", ""},
		{"a capital acting stays", "London said it would retaliate against Tokyo.", "London", "GBRGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
