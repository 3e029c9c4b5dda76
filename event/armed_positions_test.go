package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestArmedPositions checks that positions a force holds are ground
// attacked (19), and a party's position on an issue a stance criticised.
func TestArmedPositions(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a place after the positions", "Israeli helicopter gunships attacked Palestinian guerrilla positions near Sidon.", []string{"ISR PSEREB 190"}},
		{"a front after the positions", "Iran attacked Iraqi positions on the southern front.", []string{"IRN IRQ 190"}},
		{"a force attacks", "The Iranian army attacked Iraqi positions.", []string{"IRNMIL IRQ 190"}},
		{"a stance", "Japan has also attacked the U.S. position on rice.", []string{"JPN USA 111"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
