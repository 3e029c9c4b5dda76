package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestSoughtActs checks that the act after a motion or bid is not coded
// as done, while the same act decided or done keeps its event.
func TestSoughtActs(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"rejected bid", "Congress rejected a bid to impose sanctions on South Africa.", nil},
		{"failed bid", "Reagan defended his failed bid to trade arms with Iran.", nil},
		{"denied motion", "A U.S. District Court judge denied NEC's motion to disqualify Judge William Ingram.", nil},
		{"decided trade", "Reagan defended his decision to trade arms with Iran.", []string{"USAGOV IRN 061"}},
		{"disqualified", "A U.S. District Court judge disqualified Judge William Ingram.", []string{"USAJUD USAJUD 1722"}},
	})
}
