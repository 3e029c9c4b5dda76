package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestAnsweredThreats checks that a threat of retaliation naming no target
// takes the party whose act it answers, named in its own sentence or, when
// that names no one else, in the two before it; that a retaliation its
// maker voices is a threat made, not a hypothetical; and that the threat
// stays uncoded when two other parties are named, when nothing answered is
// named, and for forecasts and threats of other things.
func TestAnsweredThreats(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"answered in an earlier sentence", "Iran said Monday's American raid on its oil platform had killed three sailors. \"We will definitely retaliate,\" the Iranian president said.",
			[]string{"IRNGOV USA 130", "USA --- 190"}},
		{"accused the sentence before", "The United States accused Japan of dumping microchips in Asia. Washington has threatened to take retaliatory action next month.",
			[]string{"USA JPN 112", "USAGOV JPN 130"}},
		{"the measure's maker two sentences back", "The European Community proposed a tax on vegetable oils last week. American farm groups oppose the tax. \"We will retaliate,\" the U.S. agriculture secretary said.",
			[]string{"USAGOV IGOEUREEC 130"}},
		{"voiced with a condition", "Britain warned on Tuesday that it would retaliate unless Japan opened its financial markets.", []string{"GBR JPN 130"}},
		// Silent.
		{"two other parties before", "The European Community and Canada have criticised the new U.S. tariffs. Washington threatened to retaliate.",
			[]string{"CAN USA 111", "IGOEUREEC USA 111"}},
		{"two other parties earlier", "Canada imposed a duty on U.S. corn in March. Iran and Iraq are at war. The U.S. said it would retaliate.",
			[]string{"CAN USA 163"}},
		{"no one else named", "The U.S. has threatened retaliation eight times in two years.", nil},
		{"a forecast by others", "Japan imposed a duty on U.S. rice. Analysts in Tokyo predicted Washington would retaliate.", []string{"JPN USA 163"}},
		{"no retaliation", "Poland raised food prices on Monday. The union threatened to strike.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
