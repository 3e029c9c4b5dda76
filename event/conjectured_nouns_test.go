package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestConjecturedNouns checks that an accord named by an indefinite subject
// whose clause only supposes it ("a new agreement ... would pave the way")
// is not coded as made, while a definite one, or one whose clause tells
// what it did, stays an accord.
func TestConjecturedNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a new agreement would", "A new agreement between the IMF and Zambia would open the way for new loans, diplomats said.", nil},
		{"a pact could", "A trade pact between Japan and Australia could double their trade, a study said.", nil},
		// Accords made stay.
		{"the agreement would", "The agreement between the IMF and Zambia would open the way for new loans, diplomats said.", []string{"IGOBUSIMF ZMB 057", "ZMB IGOBUSIMF 057"}},
		{"a pact told as done", "A trade pact between Japan and Australia doubled their trade, a study said.", []string{"AUS JPN 057", "JPN AUS 057"}},
	}
	checkCodingsOn(t, p, "1987-03-20", scoredCodings, tests)
}
