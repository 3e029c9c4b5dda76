package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestMeetingVenue checks that the place of a meeting at a third location
// (044) is no party to it, while a partner named with "with" still is.
func TestMeetingVenue(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings(t, p, []codingCase{
		{"venue country is no target", "EU energy ministers met in Luxembourg on Monday.", nil},
		{"venue after the", "Gulf oil ministers met in Bahrain on Sunday to discuss prices.", nil},
		{"partner kept", "Iranian officials met with Iraqi officials in Baghdad.", []string{"IRNGOV IRQGOV 043", "IRQGOV IRNGOV 043"}},
		{"compound members meet each other", "Japan and Kenya met in Geneva.", []string{"JPN KEN 044", "KEN JPN 044"}},
	})
}
