package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTalksEndedByBothParties checks that talks ended by a subject listing
// both parties were held by the two, while talks ended "with" a partner
// stay a break-off.
func TestTalksEndedByBothParties(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"both parties end talks", "The European Community and Comecon ended talks here.", []string{"IGOEURCME IGOEUREEC 046", "IGOEUREEC IGOEURCME 046"}},
		{"ended with a partner stays a break-off", "Kenya ended talks with Uganda on Monday.", []string{"KEN UGA 164"}},
	}
	checkCodingsOn(t, p, "1987-04-01", codings, tests)
}
