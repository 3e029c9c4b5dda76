package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestRetaliationThreatNouns checks that a threat of retaliation named by
// a noun is its maker's threat (130): the maker the owner of the threat,
// the modifier of the retaliation or the party after "from"; the target
// the party named after "against" or else the party answered. A threat to
// act named by a noun with its owner before it is coded on the party its
// phrase names. Threats with no maker, denied threats and fears are left
// alone.
func TestRetaliationThreatNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"from the maker", "Japan is disappointed at the recent threats of trade retaliation from the European Community, Tamura said.", []string{"IGOEUREEC JPN 130"}},
		{"modifier of the retaliation", "The EC proposed a tax on vegetable oils. The tax has sparked threats of U.S. retaliation.", []string{"USA IGOEUREEC 130"}},
		{"owner of the threat", "Japan rejected the EC threat of retaliation.", []string{"IGOEUREEC JPN 130", "JPN IGOEUREEC 120"}},
		{"a threat to act", "President Reagan's threat to impose tariffs on Japanese electronics exports was unlikely to cause a crash.", []string{"USAGOV JPN 130"}},
		// Silent.
		{"no maker", "Japan cut rice imports. The threat of retaliation worried traders.", nil},
		{"denied", "Japan cut rice imports. There was no threat of retaliation from the EC.", nil},
		{"fears", "Japan cut rice imports. Fears of EC retaliation grew.", nil},
		{"threat to act with no party", "U.S. threats to scrap the agreement have pushed MITI to try harder.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
