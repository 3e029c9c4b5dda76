package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestWarnAgainst checks that a warning aimed at a named party against an
// act is a threat (130), while a warning against something that names no
// party stays disapproval with no target, and a leader's warning to his
// own nation's forces is no threat between actors.
func TestWarnAgainst(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"warned X against", "The United States has warned Tehran against using the Chinese-made missiles installed near the mouth of the gulf.", []string{"USA IRNGOV 130"}},
		{"words between", "Iran had warned the United States earlier in the day against exacerbating the Gulf crisis.", []string{"IRN USA 130"}},
		{"own side", "Iraqi President Saddam Hussein warned the nation's military commanders against disunity.", nil},
		{"no party", "Japanese officials have warned against the errors of all-out westernisation.", nil},
	}
	checkCodings1987(t, p, tests)
}
