package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestSubmittedPapers checks that handing a plan, a law or a report to a
// body is no yielding (080), while submitting to a party stays one.
func TestSubmittedPapers(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"submits to a party", "The rebels finally submitted to the Somali government.", []string{"SOMREB SOMGOV 080"}},
		// Silent.
		{"proposals to Congress", "The administration officially submitted to Congress its proposals to cut farm payments.", nil},
		{"a law to parliament", "The Somali government has submitted to parliament a law offering investors generous terms.", nil},
		{"a report read as a past tense", "The outlook is weak, the Philippine central bank said in a quarterly report submitted to Senate leaders.", nil},
		{"a plan to a department", "Plants that submit to USDA a plan on how they will comply may go on shipping.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
