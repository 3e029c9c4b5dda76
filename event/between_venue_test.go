package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBetweenAfterVenue checks the parties of a meeting named by a noun
// found after "between" when a place stands between the noun and them
// ("a summit in Ottawa next month between"); the kept rows leave two
// firms and a place with no parties after it as they were.
func TestBetweenAfterVenue(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"summit in a capital ahead", "The meetings are also expected to lay groundwork for a summit in Ottawa next month between President Reagan and Prime Minister Brian Mulroney.", []string{"CANGOV USAGOV 036", "USAGOV CANGOV 036"}},
		{"summit in a capital held", "Officials prepared for a summit in Ottawa between President Reagan and Prime Minister Brian Mulroney.", []string{"CANGOV USAGOV 043", "USAGOV CANGOV 043"}},
		// Kept.
		{"two firms", "The talks in Geneva between the two companies ended.", nil},
		{"no parties", "A summit in Ottawa ended without agreement.", nil},
	}
	checkCodingsOn(t, p, "1987-03-11", scoredCodings, tests)
}
