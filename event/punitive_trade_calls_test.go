package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPunitiveTradeCalls checks round 168's sense of a call for punitive
// trade measures: "called for trade sanctions against Japan" is a plain
// call (020), as "called for sanctions against Japan" is, not an appeal
// for economic cooperation (0211), which calls for trade, investment or
// economic ties themselves still are.
func TestPunitiveTradeCalls(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"trade sanctions", "President Biden called for trade sanctions against Japan.", []string{"USAGOV JPN 020"}},
		{"trade restrictions", "President Biden called for tough trade restrictions on Japan.", []string{"USAGOV JPN 020"}},
		{"economic sanctions", "President Biden called for economic sanctions against Japan.", []string{"USAGOV JPN 020"}},
		// Unchanged.
		{"plain sanctions", "President Biden called for sanctions against Japan.", []string{"USAGOV JPN 020"}},
		{"trade talks", "President Biden called for trade talks with Japan.", []string{"USAGOV JPN 0211"}},
	}
	checkCodings(t, p, tests)
}
