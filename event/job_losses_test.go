package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestThrownOutOfWork checks that throwing people out of work is no
// rejection (120), while a court throwing out a suit stays one.
func TestThrownOutOfWork(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a suit thrown out", "A Chilean court threw out the government's suit against the opposition leader.", []string{"CHLJUD CHLGOV 120"}},
		// Silent.
		{"workers out of work", "The Chilean government closed the mines, throwing thousands of workers out of work.", nil},
		{"employees out of jobs", "The Bolivian government threw 20,000 miners out of their jobs last year.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
