package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestModifierAnd checks pattern words separated by modifiers joined with
// "and" ("signed a five-year defence and economic agreement"); the kept row
// leaves "and" between two parties, which ends the gap, as it was.
func TestModifierAnd(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"compound subject", "The United States and Turkey signed a five-year defence and economic agreement.", []string{"TUR USA 057", "USA TUR 057"}},
		{"partner after", "Britain signed a research and development agreement with France.", []string{"FRA GBR 057", "GBR FRA 057"}},
		// Kept.
		{"second noun phrase", "Britain signed a letter and a protocol with France.", nil},
	}
	checkCodingsOn(t, p, "1987-04-14", scoredCodings, tests)
}
