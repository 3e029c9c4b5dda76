package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestLaterTimeTargets checks that a party named only past an "after",
// "before" or "until" that follows the act is not its target, while a
// party named before such a word and one past a date the word begins
// keep theirs.
func TestLaterTimeTargets(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"another event after", "The Asian Development Bank halted loans to the province after the fall of the Chilean government.", nil},
		{"a signing after", "Kenya will seek credits from several lenders soon after the accord with the IMF is signed.", nil},
		{"a bill before a body", "The Reagan administration will support the measure now before Congress.", nil},
		// Kept: the party before the word, a pattern with the word, a date.
		{"party before the word", "The World Bank halted loans to Peru after the fall of the Chilean government.", []string{"IGODEVWBK PER 1621"}},
		{"a date after", "Japan will hold talks after March 1 with China.", []string{"CHN JPN 036", "JPN CHN 036"}},
	})
}
