package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTimeAdverbials checks that a phrase of time opened by "earlier" or
// "later", or set off by commas, between a subject and its verb is passed
// over to the subject: it dates the act and never does it. The rows after
// them keep the phrases of time that were read before (a bare "this week"
// after a name, a phrase at the head of the clause or after the verb).
func TestTimeAdverbials(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"earlier this week", "Japan earlier this week met U.S. officials in Tokyo.", []string{"JPN USAGOV 044"}},
		{"earlier today", "Japan earlier today rejected U.S. demands.", []string{"JPN USA 120", "USA JPN 100"}},
		{"set off by commas", "Japan, earlier this week, met U.S. officials in Tokyo.", []string{"JPN USAGOV 044"}},
		{"later this month", "Reagan later this month will meet Gorbachev in Geneva.", []string{"RUSELI USAELI 036", "USAELI RUSELI 036"}},
		// As before.
		{"bare phrase after a name", "Japan this week met U.S. officials in Tokyo.", []string{"JPN USAGOV 044"}},
		{"phrase at the head", "Last week Japan met U.S. officials in Tokyo.", []string{"JPN USAGOV 044"}},
		{"phrase after the verb", "Japan met U.S. officials in Tokyo earlier this week.", []string{"JPN USAGOV 044"}},
		{"no subject before", "Earlier this week met U.S. officials in Tokyo.", nil},
	}
	checkCodings(t, p, tests)
}
