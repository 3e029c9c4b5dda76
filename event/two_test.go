package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTheTwoNamesNoPlace checks that "the two" refers back to the two
// actors of the sentence before and never to a place named there: a city
// or country after "in" is where they met, not a third party (before the
// fix the place made three candidates and "the two" was left
// unresolved).
func TestTheTwoNamesNoPlace(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings(t, p, []codingCase{
		// 044: a meeting at a third country's city.
		{"a venue before the two", "Blinken met Lavrov in Geneva on Monday. The two discussed trade.", []string{"RUSGOV USAGOV 040", "RUSGOV USAGOV 044", "USAGOV RUSGOV 040", "USAGOV RUSGOV 044"}}, // the meeting both ways since round 81
	})
}
