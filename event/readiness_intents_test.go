package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOneSidedWishes checks that a meeting one party hopes for, or talks it
// says it is willing to hold, is that party's intent alone (no reverse
// event), while a meeting arranged between the two ("will meet") is coded
// both ways.
func TestOneSidedWishes(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"hopes to meet", "Nakasone hopes to meet President Reagan in late April.", []string{"JPNGOV USAGOV 036"}},
		{"willing to negotiate", "The Bolivian miners were willing to negotiate with the Bolivian government.", []string{"BOLLAB BOLGOV 036"}},
		{"arranged meeting both ways", "Nakasone will meet President Reagan in late April.", []string{"JPNGOV USAGOV 036", "USAGOV JPNGOV 036"}},
	}
	checkCodingsOn(t, p, "1987-03-20", scoredCodings, tests)
}
