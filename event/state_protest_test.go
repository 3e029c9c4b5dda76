package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestStateProtest checks that a state that protests complains (111),
// while citizens who protest keep root 14.
func TestStateProtest(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"state protests", "Britain has also protested the Japanese limitations.", []string{"GBR JPN 111"}},
		{"government protests", "The Japanese government protested the American decision.", []string{"JPNGOV USA 111"}},
		{"citizens protest", "Serbians protested against the government of Serbia.", []string{"SRB SRBGOV 141"}},
	}
	checkCodings1987(t, p, tests)
}
