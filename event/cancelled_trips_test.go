package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCancelledTrips checks that a visit called off for a reason at home
// is no reduction of relations, while one called off in protest, or with
// no reason given, stays 160.
func TestCancelledTrips(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"business at home", "U.S. Treasury Secretary James Baker has cancelled a trip to Australia because of pressing business at home, a Treasury spokesman said.", nil},
		{"parliament at home", "Foreign Minister Tadashi Kuranari has cancelled a trip to the U.S. because of continued confusion in the Japanese Parliament, officials said.", nil},
		{"domestic reasons", "Egypt postponed a visit to Israel for domestic reasons.", nil},
		{"no reason given", "Egypt postponed a visit to Israel.", []string{"EGY ISR 160"}},
		{"in protest", "Egypt cancelled a visit to Israel in protest at the raid.", []string{"EGY ISR 160"}},
		{"in retaliation", "Greece cancelled a trip to Turkey in retaliation for the incursion.", []string{"GRC TUR 160"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
