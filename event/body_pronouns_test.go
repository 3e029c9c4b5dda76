package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBodyPronouns checks that a sentence opening with "It" takes the
// state body that was the subject of the sentence before, though the
// actor layer coded that body by the article's country ("The Commerce
// Department" in a story about Canada, "the government"), and that it
// does not when that subject is a firm, a group of officials or one
// person named by a role.
func TestBodyPronouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"department then It", "The Commerce Department said that all Canadian firms had begun to pay the surcharge on softwood shipped to U.S. markets.\n\nIt made the statement after talks with Canadian officials.", []string{"CANGOV USAGOV 043", "USAGOV CANGOV 043"}},
		{"the government then It", "Brazil's exports fell sharply last year.\n\nThe government said on Monday that the trade deficit had widened.\n\nIt also accused the United States of dumping steel.", []string{"BRAGOV USA 112"}},
		// Unchanged: no single state body before "It".
		{"a company", "Brazil's exports fell sharply last year.\n\nThe company said on Monday that the trade deficit had widened.\n\nIt also accused the United States of dumping steel.", nil},
		{"officials", "Commerce officials said that all Canadian firms had begun to pay the surcharge on softwood shipped to U.S. markets.\n\nIt made the statement after talks with Canadian officials.", nil},
		{"one person by a role", "Brazil's exports fell sharply last year.\n\nThe minister said on Monday that the trade deficit had widened.\n\nIt also accused the United States of dumping steel.", nil},
	}
	checkCodings1987(t, p, tests)
}
