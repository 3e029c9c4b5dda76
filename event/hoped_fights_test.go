package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestHopedClausesAndCivilFights checks that an act in a clause governed by
// a hope, a belief or a speculation ("hoped the council would approve") is
// not done, while a visit named by a noun in such a clause and an act
// stated plainly stay; and that a "fight" with no enemy named is combat
// only when an armed party fights.
func TestHopedClausesAndCivilFights(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"stated plainly", "Officials said Japanese banks will help Nigeria overcome its debt problems.", []string{"JPNBUS NGA 033"}},
		{"noun visit in a hope clause", "Nakasone said he hopes his visit to Washington will ease the dispute.", []string{"JPNGOV USAGOV 036"}},
		{"troops fight with no enemy", "Iranian troops are fighting on two fronts in the mountains.", []string{"IRNMIL --- 190"}},
		// Silent.
		{"hope that X will", "Officials said they hope that Japanese banks will help Nigeria overcome its debt problems.", nil},
		{"believed X would", "Britain believed the IMF would help Brazil in its negotiations.", nil},
		{"speculate that X will", "Traders continue to speculate that the administration will offer wheat to the Soviet Union.", nil},
		{"a state fights a bid", "Canada fought back a bid by a London financier to buy the company.", nil},
		{"a legislator fights for a tax", "Speaker Jim Wright said he would fight for a tax increase this year.", nil},
		{"an order fought by a state", "The order, which is being fought by Canada, bars U.S. pipeline companies from paying the fees.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
