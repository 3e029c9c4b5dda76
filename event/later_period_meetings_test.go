package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestLaterPeriodMeetings checks that a meeting in the plain present dated
// "later this week" is the intent 036, while a meeting held keeps 044.
func TestLaterPeriodMeetings(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"meeting later this week", "Kohl and Reagan are likely to discuss the trade dispute when they meet later this week.", []string{"DEUGOV USAGOV 036", "USAGOV DEUGOV 036"}},
		{"meeting held", "Kohl met Reagan in Washington last week.", []string{"DEUGOV USAGOV 044", "USAGOV DEUGOV 044"}},
	})
}
