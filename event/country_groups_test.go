package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCountryGroups checks country groups named by a noun (round 45): "the
// West" as a noun is WST, Latin American nations named together are
// LAMGOV, and a passive participle hung on a noun before a comma takes no
// actor from further back as its patient. Each rule has rows where it must
// stay silent or leave the word to its own entry.
func TestCountryGroups(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// "the West" as a noun: WST, as target and as source.
		{"the West as target", "Iran condemned the West.", []string{"IRN WST 111"}},
		{"the West accused", "Poland is accusing the West of letting relations deteriorate.", []string{"POL WST 112"}},
		{"the West as source", "The West urged Iran to stop.", []string{"WST IRN 020"}},
		{"West German stays Germany", "The West German government criticised France.", []string{"DEUGOV FRA 111"}},
		{"West Bank stays Palestine", "Israel condemned the West Bank leaders.", []string{"ISR PSEGOV 111"}},
		{"a direction is no actor", "Iran condemned attacks in the west of the country.", nil},
		{"West without the article", "Iran condemned West Coast ports.", nil},
		// A region's governments named together.
		{"Latin American nations", "The United States and major Latin American nations agreed to set aside differences.", []string{"LAMGOV USA 030", "USA LAMGOV 030"}},
		{"Latin American countries urged", "Argentina urged Latin American countries to unite.", []string{"ARG LAMGOV 020"}},
		{"Latin American debtors left out", "Argentina urged Latin American debtors to unite.", nil},
		// A participle after a comma belongs to the noun before it.
		{"participle on a thing", "Reagan said the military would assure Japan of a supply of oil, increasingly being threatened by the Iranian-Iraqi war.", nil},
		{"participle on an actor", "Iraq, being attacked by Iran, appealed for help.", []string{"IRN IRQ 190", "IRQ --- 023"}},
		{"participle on an actor after a comma", "The order concerns Canada, now being sued by Mexico.", []string{"MEX CAN 115"}},
		{"finite passive unchanged", "Japan is being threatened by Iran.", []string{"IRN JPN 138"}},
	}
	checkCodings(t, p, tests)
}
