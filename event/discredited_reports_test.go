package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDiscreditedReports checks that the act of a clause after "reports
// that" (or claims, allegations) whose story is called untrue is not
// coded, and that a story confirmed, an act outside the clause and a
// rumour-free report keep their acts.
func TestDiscreditedReports(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained: the discredited act is dropped.
		{"propaganda", "The Iranian spokesman said the reports that Iran intended to attack ships were \"misleading propaganda.\"", nil},
		{"baseless", "The spokesman said claims that Iraq attacked the tanker were baseless.", nil},
		// Kept.
		{"confirmed", "The Iranian spokesman said the reports that Iran attacked ships were confirmed.", []string{"IRN --- 190"}},
		{"act outside the clause", "Iran said reports that it intended to threaten shipping in the Gulf were baseless, and warned the U.S. And other countries not to interfere in the region.", []string{"IRN USA 130"}},
		{"no verdict", "The spokesman confirmed reports that Iraq attacked the tanker.", []string{"IRQ --- 190"}},
	}
	checkCodingsOn(t, p, "1987-03-01", scoredCodings, tests)
}
