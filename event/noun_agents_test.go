package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestNounAgents checks the "by" phrase after an event noun: it names the
// noun's doer after the noun's own phrase, and another noun's makers after
// a conjunction.
func TestNounAgents(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"by after another noun", "The statement followed the attack on a Kuwaiti ship and comments by American officials.", nil},
		{"by after the noun's own phrase", "Oil prices rose after the attack on two Iranian oil platforms by American warships.", []string{"USA IRN 190"}},
	}
	checkCodings1987(t, p, tests)
}
