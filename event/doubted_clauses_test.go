package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDoubtedClauses checks round 65's rows: the parties of a compound subject
// that agree on terms, agree that something holds, or agree to a charge or
// a deal make an accord with each other (057), and an act in a clause
// judged unlikely ("doubtful that ... would offer") is not done. The silent
// rows keep a lone party's view, a failed agreement, a doubted agreement
// and a promise to act ("agreed to set up") as they were.
func TestDoubtedClauses(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"agreed on a border", "Turkey and Libya agreed on a maritime border.", []string{"LBY TUR 057", "TUR LBY 057"}},
		{"agreed upon with", "Reagan agreed upon a formula with Gorbachev.", []string{"USAGOV SUNGOV 057"}},
		{"agreed that", "On February 22, Japan and Canada agreed that major currencies were within ranges.", []string{"CAN JPN 057", "JPN CAN 057"}},
		{"agreed to the charge", "Canada and the U.S. agreed last December to the 15 pct charge.", []string{"CAN USA 057", "USA CAN 057"}},
		{"agreed to act stays a promise", "Nigeria and Guinea agreed to set up a new company.", []string{"GIN NGA 030", "NGA GIN 030"}},
		{"not doubted", "The aide said that the U.S. government would offer aid to Egypt.", []string{"USAGOV EGY 033"}},
		// Silent.
		{"lone party's view", "Japan agreed on the need to open its market to U.S. goods.", nil},
		{"lone party agreeing that", "Japan agreed that the yen was too high against the U.S. dollar.", nil},
		{"lone party's deal, no partner", "Malaysia agreed to the deal in October after India said it could no longer buy palm oil.", nil},
		{"failed to agree", "The European Community has failed to agree on a research program because of opposition from Britain.", nil},
		{"unlikely that they will agree", "It is thought highly unlikely that Nakasone and Reagan will agree on the removal of sanctions.", nil},
		{"doubtful that it would offer", "The aide said it was doubtful that the U.S. government would offer aid to Egypt.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
