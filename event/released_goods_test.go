package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestReleasedGoods checks that stocks released onto a market are no
// release of persons or property, while hostages and soldiers freed stay.
func TestReleasedGoods(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"grain from intervention stores", "The European Community is releasing 200,000 tonnes of barley from French intervention stores.", nil},
		// Kept: people set free.
		{"hostages", "Iran released two British hostages on Monday.", []string{"IRN GBRCVL 0841"}},
		{"soldiers", "The guerrillas freed three Colombian soldiers yesterday.", []string{"COLREB COLMIL 0841"}},
	})
}
