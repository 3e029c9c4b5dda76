package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestReportSenses checks the wire's own words that read as acts: a
// broadcast monitored by a broadcaster is no investigation, and a draft
// text announced is no call-up; monitoring by others and a draft of
// soldiers stay.
func TestReportSenses(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings(t, p, []codingCase{
		{"a speech monitored by a broadcaster", "Gaddafi spoke in a speech carried by Libyan television and monitored by the British Broadcasting Corporation.", nil},
		{"a draft proposal announced", "The EC Commission this month announced its draft proposal on farm trade reform.", nil},
		// Kept: a state that monitors, and a draft of soldiers.
		{"monitored by police", "The Kenyan opposition leader was monitored by police for a year.", []string{"KENCOP KENOPP 090"}},
		{"a draft of soldiers", "Iran yesterday announced a draft.", []string{"IRN --- 154"}},
	})
}
