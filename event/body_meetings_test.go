package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestMeetingOfABody checks that attending a meeting of an international
// body meets the body, named before the noun (however many words its
// name takes) or after "of", rather than the place where it meets; a
// meeting of one state's own body names no party.
func TestMeetingOfABody(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a long name and its possessive", "Kenya's finance minister will attend the International Monetary Fund's Interim Committee meeting.", []string{"KENGOV IGOBUSIMF 036"}},
		{"the body, not the venue", "Kenya's finance minister will attend the meeting of the IMF in Washington.", []string{"KENGOV IGOBUSIMF 036"}},
		{"two bodies after of", "Kenya's finance minister will attend the semi-annual meeting of the IMF and the World Bank.", []string{"KENGOV IGOBUSIMF 036", "KENGOV IGODEVWBK 036"}},
		{"a place only", "Kenya's finance minister will attend a meeting in Washington.", nil},
	}
	checkCodings(t, p, tests)
}
