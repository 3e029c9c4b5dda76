package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPairAccords checks that an accord named by a noun whose parties are
// a hyphenated pair of states before it is coded both ways (057) when the
// phrase reports it made, by a year, a month or "recent" opening it or a
// participle of making after it, as the read gold codes "a 1986 U.S.-Japan
// pact on microchip trade" and "The Canadian-U.S. pact, signed by two
// sides". A bare pair naming a pact in force ("for violations of the
// U.S.-Japanese semiconductor agreement"), a pair of firms, a deal, and a
// pact still wanted stay uncoded.
func TestPairAccords(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"year before the pair", "Officials said Tokyo had kept to a 1986 U.S.-Japan pact on microchip trade.", []string{"JPN USA 057", "USA JPN 057"}},
		{"month and year", "Officials said close monitoring of the July 1986 U.S.-Japanese semiconductor pact had shown little change.", []string{"JPN USA 057", "USA JPN 057"}},
		{"recent", "Bankers said the recent U.S.-British accord on bank supervision was a model.", []string{"GBR USA 057", "USA GBR 057"}},
		{"signed after a comma", "The Canadian-U.S. pact, signed by two sides two weeks ago, has yet to be approved.", []string{"CAN USA 057", "USA CAN 057"}},
		// Not coded.
		{"pact in force", "The council decided to recommend trade sanctions against Japan for violations of the U.S.-Japanese semiconductor agreement.", nil},
		{"firms' deal", "The 1986 Fairchild-Fujitsu deal was abandoned on Monday.", nil},
		{"year outside the phrase", "Since 1978 the U.S.-EURATOM nuclear cooperation accords have been extended by waiver orders.", nil},
		{"pact wanted", "Officials said they would seek a 1988 U.S.-Canada pact on lumber.", nil},
		{"deal noun", "Traders said the 1986 U.S.-Soviet deal was small.", nil},
	}
	checkCodings1987(t, p, tests)
}
