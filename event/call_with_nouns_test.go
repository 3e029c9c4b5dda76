package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCallWithNouns checks the noun pattern "~call with": a call its
// owner holds "with" a party is a telephone conversation (041), not an
// appeal, while a call "for" a measure or "to" a party stays an appeal.
func TestCallWithNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings1987(t, p, []codingCase{
		{"a call with a president", "Details emerged about Reagan's call with Egyptian President Hosni Mubarak.", []string{"USAGOV EGYGOV 041"}},
		// Unchanged.
		{"a call for a measure", "The meeting will take up U.S. calls for South Korea to open its beef market.", []string{"USA KOR 020"}},
		{"a call to firms", "MITI's call to Japanese steel makers to curb exports was heeded.", []string{"JPNGOV JPN 020"}},
	})
}
