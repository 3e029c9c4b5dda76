package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestFightPurpose checks that the infinitive of purpose after a verb of
// fighting takes the fighter as its subject ("its forces were battling to
// dislodge Iranian troops": the forces dislodge them), that "dislodge ...
// from" is armed force, and that "dislodge" without "from" and fighting
// with no verb after "to" stay uncoded.
func TestFightPurpose(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"battling to dislodge", "Iraq said its forces were battling to dislodge Iranian troops from territory they gained.", []string{"IRQMIL IRNMIL 190"}},
		{"fighting to dislodge", "Iraq said its forces were fighting to dislodge Iranian troops from the marshes.", []string{"IRQMIL IRNMIL 190"}},
		{"struggling to drive out", "Iraq said its forces were struggling to drive Iranian troops out of the marshes.", []string{"IRQMIL IRNMIL 190"}},
		// Nothing: no verb after "to", or "dislodge" without "from".
		{"struggle to the end", "Iraq said its people would struggle to the end.", nil},
		{"dislodge a party", "Labour must win the seat in order to dislodge the Tories.", nil},
	}
	checkCodings(t, p, tests)
}
