package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestUnnamedVictims checks that a violent act of a source of the story's
// country on a person no actor codes (a pronoun, a noun for people, a
// passive's subject, a participle's host subject) takes that person as the
// story's civilian, or its media for journalists, and that a thing shot, a
// foreign force's victims or an act with no object keep no target.
func TestUnnamedVictims(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"pronoun object", "A knife attack hit Lyon, France on Sunday.\n\nFrench police officers shot him dead near the station.", []string{"FRACOP FRACVL 193"}},
		{"at a person", "Riots spread across Hong Kong on Tuesday.\n\nHong Kong police shot at one person.", []string{"HKGCOP HKGCVL 193"}},
		{"passive subject", "A knife attack hit Lyon, France on Sunday.\n\nThe attacker was shot dead by French police.", []string{"FRACOP FRACVL 193"}},
		{"participle host", "Rallies continued in Belgrade, Serbia on Sunday.\n\nA number of reporters were hurt after being attacked by protesters.", []string{"SRBOPP SRBMED 180"}},
		// No victim.
		{"a thing shot", "A car chase ended in Lyon, France on Sunday.\n\nFrench police officers shot the tyres of the stolen car.", []string{"FRACOP --- 193"}},
		{"a foreign force", "Ships crowded the ports of Kuwait on Monday.\n\nIranian gunboats shot at two sailors near the Kuwaiti coast.", []string{"IRN --- 193"}},
		{"no object", "Unrest spread in Lyon, France on Sunday.\n\nFrench police officers shot into the air.", []string{"FRACOP --- 193"}},
	}
	checkCodingsOn(t, p, "2019-10-05", scoredCodings, tests)
}
