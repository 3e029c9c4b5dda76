package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPraisedThings checks that praise, endorsement and protest aimed at a
// thing name its maker as the target, as criticism does, but not when the
// source is a side party or the "by" phrase may name who asked.
func TestPraisedThings(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"proposed by", "Mexico backed the plan proposed by Brazil last week.", []string{"MEX BRA 051"}},
		{"imposed by", "Chile welcomed the end of a trade embargo imposed by Peruvian dockers.", []string{"CHL PERLAB 051"}},
		{"protest", "The measure, passed by the United States to protest the labour laws enforced by South Korea's military government, bans imports of textiles.", []string{"USA KORMIL 140"}},
		{"side party", "Jopling, with some support from Sweden and Norway, backs proposals by the European Community to cut subsidies.", nil},
		{"asked by", "Canada was asked to support the bill by Senator Robert Dole.", []string{"USALEG CAN 022"}},
	}
	checkCodingsOn(t, p, "1987-04-20", codings, tests)
}
