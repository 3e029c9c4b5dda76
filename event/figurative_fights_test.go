package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestFigurativeFights checks that verbs of force used of papers, plans,
// deals and attempts, of a storm or a quake that killed, or of one
// state's civilian officials against each other give no force event (an
// attack in words among them is criticism), while armed attacks and
// killings stay coded.
func TestFigurativeFights(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped: the object is a paper, a plan, a deal or an attempt.
		{"amendment killed", "The House approved the trade bill. However, the Ways and Means committee will try to kill the amendment, a committee aide said.", nil},
		{"proposal shot down", "The Pentagon shot down the proposal.", nil},
		{"deal executed", "The company executed a share purchase agreement with Swiss Reinsurance.", nil},
		{"attempt fought", "Prime Minister Thatcher said Britain would fight the Japanese government's attempt to block the venture.", nil},
		// Dropped: a storm or a quake killed.
		{"storm", "Hailstorms and strong winds in south China killed two people, a newspaper reported.", nil},
		{"quake", "An earthquake hit northern Japan on Monday, killing three people.", nil},
		// One state's civilian officials: dropped, or criticism for an attack.
		{"rivals clashed", "Regan and Volcker clashed almost from the start of the administration.", nil},
		{"legislature battled", "After battling President Reagan all year, Congress passed the budget.", nil},
		{"attack in words", "Congress attacked President Reagan over the budget deficit.", []string{"USALEG USAGOV 111"}},
		// Kept: force by armed forces.
		{"armed attack", "Iraqi warplanes attacked an Iranian oil platform.", []string{"IRQMIL IRN 190"}},
		{"soldiers killed", "Chadian troops killed 300 Libyan soldiers.", []string{"TCDMIL LBYMIL 190"}},
	}
	checkCodingsOn(t, p, "1987-04-13", codings, tests)
}
