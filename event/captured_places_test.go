package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCapturedPlaces checks that a capture of ground, active or passive, is
// an occupation of territory (192), while a capture of people stays an
// arrest (173).
func TestCapturedPlaces(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"defence posts", "Iranian forces captured several Iraqi defence posts east of Basra.", []string{"IRN IRQ 192"}},
		{"outpost", "Chadian troops had captured the Libyan outpost of Gouro.", []string{"TCDMIL LBY 192"}},
		{"passive strip", "The Gaza Strip was captured by Israel in the 1967 war.", []string{"ISR PSE 192"}},
		{"people stay an arrest", "Nicaraguan troops captured the American pilot.", []string{"NICMIL USA 173"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
