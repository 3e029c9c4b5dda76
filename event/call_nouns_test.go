package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCallNouns checks the noun pattern "~call": a call for a measure is
// an appeal 020 by its owner or its "by" phrase to the party it names or
// the one answering it, and a call with no maker (a telephone call, a call
// paid on someone) codes nothing.
func TestCallNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings1987(t, p, []codingCase{
		{"a state's calls on another", "The meeting will take up U.S. calls for South Korea to open its beef market.", []string{"USA KOR 020"}},
		{"a ministry's call to firms", "MITI's call to Japanese steel makers to curb exports was heeded.", []string{"JPNGOV JPN 020"}},
		{"a call answered", "France rejected a call by the Netherlands for a freeze on farm prices.", []string{"FRA NLD 120", "NLD FRA 020"}}, // the party answering is the one asked, as with "~request"
		// Nothing.
		{"telephone calls", "Telephone calls to the embassy rose sharply after the vote.", nil},
		{"a call paid", "The minister paid a call on Japanese officials in Tokyo.", nil},
	})
}
