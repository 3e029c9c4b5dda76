package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestRoleBeforeDay checks that talks with a role word followed by a noun
// of time ("with the government today") are coded, both ways as talks
// between a union and the state are, and that a named party before a day
// word keeps the one-way coding it had ("talks with counterparts from
// Europe and Japan today": a list of partners).
func TestRoleBeforeDay(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	bolivia := "Bolivia faces labour unrest.\n\n"
	tests := []codingCase{
		{"talks with the government today", bolivia + "Union leaders of 9,000 miners began talks with the government today on ways to end their strike.", []string{"BOLGOV BOLLAB 046", "BOLLAB BOLGOV 046"}},
		{"met the government yesterday", bolivia + "The miners met the government yesterday.", []string{"BOLGOV BOLLAB 043", "BOLLAB BOLGOV 043"}},
		// One way, or nothing.
		{"a list before today", "U.S. Treasury Secretary James Baker holds talks with counterparts from Europe and Japan today.", []string{"USAELI JPN 043"}},
		{"a round on a protester", bolivia + "Police fired and landed a round on a protester yesterday.", nil},
	}
	checkCodings(t, p, tests)
}
