package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOwnedMeetingsAhead checks that talks owned by a name, governed by
// "from", "at" or "during" after a verb not yet done, are still to come
// (036), and that talks held, or owned talks after a plain past verb, stay
// as they were.
func TestOwnedMeetingsAhead(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings1987(t, p, []codingCase{
		{"could emerge from talks", "A decision could emerge from Secretary of State George Shultz' Moscow talks with Soviet Foreign Minister Eduard Shevardnadze.", []string{"SUNGOV USAGOV 036", "USAGOV SUNGOV 036"}},
		// Unchanged.
		{"emerged from talks", "A decision emerged from Secretary of State George Shultz's Moscow talks with Soviet Foreign Minister Eduard Shevardnadze.", []string{"SUNGOV USAGOV 043", "USAGOV SUNGOV 043"}},
	})
}
