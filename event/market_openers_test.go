package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestMarketOpeners checks that a market is coded as opened only by its
// owner: a U.S. body is not read as opening a market to U.S. goods, and
// the country that owns "the Japanese market" is not the party it opens
// to, while Japan opening its own markets to U.S. goods stays coded.
func TestMarketOpeners(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"appeal's speaker", "The U.S. Senate has unanimously called for President Reagan immediately to force Japan to live up to a pledge to stop dumping its microchips and open its markets to U.S. Chipmakers.", []string{"USALEG USAGOV 020"}},
		{"failure's reporter", "Reagan imposed the sanctions because Japan did not honor an agreement to end dumping and to open its markets to U.S. products.", []string{"USAGOV JPN 163"}},
		{"market's owner", "U.S. officials have said the American market is open to foreign firms and it was only fair trade to open the Japanese market to foreign participation.", nil},
		{"owner opens", "Japan opened its markets to U.S. goods.", []string{"JPN USA 061"}},
		{"owner pledges", "Japan agreed to open its markets to U.S. goods.", []string{"JPN USA 0311"}},
	}
	checkCodingsOn(t, p, "1987-04-13", codings, tests)
}
