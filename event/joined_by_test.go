package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestJoinedByParties checks that the parties who "joined" a thing named
// by the subject are not paired among themselves, as the signers of a
// treaty are.
func TestJoinedByParties(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "2019-11-01", scoredCodings, []codingCase{
		{"joiners of an alliance", "The alliance was joined by Australia, Bahrain and Albania last year.", nil},
		{"joiners of a meeting", "The talks will be joined later by Italy and Canada.", nil},
		// Coded: the state whose coalition the parties join, and the signers of a pact.
		{"joiners of a state's coalition", "Washington formed a patrol coalition which was joined by Australia, Bahrain and Albania.", []string{"ALB USAGOV 050", "AUS USAGOV 050", "BHR USAGOV 050"}},
		{"signers of a pact", "The pact was signed by Greece, Cyprus and Israel.", []string{"CYP ISR 057", "GRC CYP 057", "ISR GRC 057"}},
	})
}
