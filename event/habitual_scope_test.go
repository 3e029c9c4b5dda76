package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestHabitualScope checks that the purpose or manner of a custom ("meet
// ... to discuss", "check ... before attacking") is part of the custom,
// while an act after "but" and an act of the day stay.
func TestHabitualScope(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings(t, p, []codingCase{
		{"the purpose of a custom", "Kenyan and U.S. officials normally meet in the summer before the start of a new agreement year to discuss grain quality and shipping logistics.", nil},
		{"the manner of a custom", "Iranian gunboats usually check a ship's cargo before attacking.", nil},
		// Kept: the same purpose on the day, and a new clause after "but".
		{"a purpose on the day", "Kenyan and U.S. officials met on Monday before the start of a new agreement year to discuss grain quality and shipping logistics.", []string{"KEN USAGOV 040", "KEN USAGOV 043", "USAGOV KEN 040", "USAGOV KEN 043"}},
		{"after but", "Kenya usually buys Ugandan maize, but yesterday Kenyan troops attacked Uganda.", []string{"KENMIL UGA 190"}},
	})
}
