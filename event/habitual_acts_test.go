package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestHabitualActsAreNoEvents checks that an act told as a custom or a
// standing policy ("usually", "normally", "traditionally") gives no
// event, while an act done again and again ("regularly") still does.
func TestHabitualActsAreNoEvents(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-06-10", scoredCodings, []codingCase{
		{"a customary meeting", "Soviet and U.S. officials normally meet in the spring to review the grain agreement.", nil},
		{"a customary attempt", "Japan and China usually try to meet before each new trade year.", nil},
		{"a standing policy", "India traditionally opposes any mediation by Pakistan.", nil},
		// Coded: a repeated act.
		{"a repeated act", "Iraqi warplanes regularly attacked Iran's oil terminals.", []string{"IRQMIL IRN 190"}},
	})
}
