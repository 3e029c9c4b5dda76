package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestUnaddressedPledges checks that a sum offered or an investment
// agreed with no recipient and no word of aid is no pledge, while aid
// sums and pledges to a named party stay coded.
func TestUnaddressedPledges(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"auction", "At the previous auction, the Zambian government offered eight mln dlrs.", nil},
		{"budget cuts", "The Dutch cabinet has already pledged 1.2 billion guilders in cuts to narrow the gap.", nil},
		{"domestic investment", "The Brazilian government has already agreed to invest an additional 6.5 billion yen in Albras, the official said.", nil},
		{"aid sum", "Britain offered eight mln stg in emergency aid.", []string{"GBR --- 0331"}},
		{"loans", "The World Bank has committed nearly 12 billion dlrs in loans since late 1985.", []string{"IGODEVWBK --- 0331"}},
		{"named recipient", "The World Bank pledged 1.68 billion dlrs to Indonesia.", []string{"IGODEVWBK IDN 0331"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
