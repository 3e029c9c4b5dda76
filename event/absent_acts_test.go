package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestAbsentActs checks that an act named by a noun that "no" determines
// is not coded as done; the same noun without it is.
func TestAbsentActs(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"no pressure", "No U.S. pressure on Japan has been felt.", nil},
		{"no talks", "There were no talks between Japan and Iran.", nil},
		{"pressure", "U.S. pressure on Japan has been felt.", []string{"USA JPN 020"}},
	}
	checkCodingsOn(t, p, "1987-10-20", scoredCodings, tests)
}
