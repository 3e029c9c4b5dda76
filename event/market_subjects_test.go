package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestMarketSubjects checks round 72's rows, two causes of false codings in two
// hand-judged random samples of unread Reuters news: a country word that
// only modifies a market, price or trade noun taken as the actor of a
// political verb, and a state "charged with" a breach coded as a
// criminal charge (173) where the convention gives an accusation (112).
// The kept rows leave a state acting itself, an event noun after a
// country word, an appeal to another state, a firm charged at home and
// people charged by police as they were. (A third fix, appeals within
// one government, was dropped: it cost the blind heldout5 a match.)
func TestMarketSubjects(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped or recoded.
		{"imports injure", "Canada said that U.S. corn imports injure Canadian farmers.", nil},
		{"stocks rallied", "U.S. oil stocks rallied in response to the offer.", nil},
		{"debt problem hangs", "The Brazilian debt problem will continue to hang over the banking industry.", nil},
		{"charged a state", "The European Community Commission has charged the United States with breaking international trade rules.", []string{"IGOEUREEC USA 112"}},
		// Kept.
		{"state injures", "Canada said that the United States injured Canadian farmers.", []string{"USA CANAGR 182"}},
		{"tariffs on imports", "The U.S. imposed tariffs on Japanese imports after the breakdown of the semiconductor pact.", []string{"USA JPN 163"}},
		{"minister asks another state", "Commerce Secretary Malcolm Baldrige has asked Japan to open its markets.", []string{"USAGOV JPN 020"}},
		{"firm charged at home", "The federal department of energy charged Gulf Canada with eight counts of illegal dumping.", []string{"CANGOV CAN 173"}},
		{"police charged people", "Indian police charged two Pakistani nationals with spying.", []string{"INDCOP PAK 173"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
