package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDatedMeetings checks that a meeting or trip dated after the story,
// by a calendar day in its own phrase, "later today" or an adjective of
// likelihood, is coded as the intent to meet (036), not as held. The kept
// rows date the meeting before the story, name a day only past the verb
// of another act, or name a weekday, whose resolved value may fall either
// side.
func TestDatedMeetings(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Still to come.
		{"probable meeting later today", "The market is watching for a probable meeting between U.S. Treasury Secretary James Baker and Japanese Finance Minister Kiichi Miyazawa later today, dealers said.", []string{"JPNGOV USAGOV 036", "USAGOV JPNGOV 036"}},
		{"visits on a later day", "Officials were pessimistic about the outcome when Prime Minister Yasuhiro Nakasone visits Washington on April 29.", []string{"JPNGOV USAGOV 036"}},
		// Held.
		{"talks on an earlier day", "He said the talks between senior U.S. and European Community officials in London on March 2 were harmonious.", []string{"IGOEUREEC USA 046", "USA IGOEUREEC 046"}},
		{"day of another act", "A senior Japanese trade official met U.S. negotiators to try to head off tariffs set to go into effect on April 17.", []string{"JPNGOV USAGOV 043", "USAGOV JPNGOV 043"}},
	}
	checkCodingsOn(t, p, "1987-04-02", scoredCodings, tests)
	// The day is read as after the story only where the date layer
	// resolves it so, as it does after "today".
	checkCodingsOn(t, p, "1987-10-20", scoredCodings, []codingCase{
		{"talks on a later day", "He said in an interview today that the talks between senior U.S. and European Community officials in London on October 27 should be more harmonious.", []string{"IGOEUREEC USA 036", "USA IGOEUREEC 036"}},
	})
}
