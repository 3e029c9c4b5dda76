package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDatedDestinations checks that a trip named by a noun, dated after
// its destination capital ("the trip to Tokyo next week"), is a visit to
// come (036); a past date and an undated trip keep 042.
func TestDatedDestinations(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"next week", "The U.K. Government was pinning hopes for a breakthrough on the trip to Tokyo next week by Corporate Affairs Minister Michael Howard.", []string{"GBRGOV JPNGOV 036"}},
		{"tomorrow", "The U.K. Government was pinning hopes on the trip to Tokyo tomorrow by Corporate Affairs Minister Michael Howard.", []string{"GBRGOV JPNGOV 036"}},
		// Kept.
		{"last week", "The U.K. Government was pinning hopes for a breakthrough on the trip to Tokyo last week by Corporate Affairs Minister Michael Howard.", []string{"GBRGOV JPNGOV 042"}},
		{"undated", "The U.K. Government was pinning hopes for a breakthrough on the trip to Tokyo by Corporate Affairs Minister Michael Howard.", []string{"GBRGOV JPNGOV 042"}},
	}
	checkCodingsOn(t, p, "1987-04-03", scoredCodings, tests)
}
