package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPlaceTargets checks round 162's rows: force whose object is a place
// or an installation ("shelling its towns", "attacked the pipeline network
// ... to Iran's main oil terminal at Kharg Island", "guerrillas attacked
// security bases") is aimed at the country that owns it. The kept rows
// leave alone a thing that is no place ("attacked several ships"), a
// place of the attacker's own state, and a country named only as a
// landmark for a distance ("120 miles east of Bahrain").
func TestPlaceTargets(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Given the owner as target.
		{"its towns, the enemy's", "Today is the end of a two-week-long Iraqi moratorium on air raids declared on condition that Iran stop attacking Iraqi territory and shelling its towns.", []string{"IRN IRQ 194"}},
		{"owner in the object's clause", "Iraq said its warplanes attacked the pipeline network through which oil is pumped to Iran's main oil terminal at Kharg Island in the northern Gulf.", []string{"IRQMIL IRN 190"}},
		{"insurgents' attack on security bases", "BELFAST - Mourners clashed with police at an Irish Republican Army funeral in Northern Ireland, prisoners rioted in a high-security jail and guerrillas attacked security bases.", []string{"GBRCVL GBRGOV 145", "GBRREB GBRMIL 190"}},
		{"a front of the story's enemy", "Iraq said it had repulsed an Iranian offensive in the south. Iraq said its losses were light.\n\nIt said the Iranian troops which attacked the Qutaiba front were completely annihilated.", []string{"IRNMIL IRQ 190", "IRQ IRN 190"}},
		{"a base with no owner named, insurgents'", "Philippine communist rebels attacked a military communications station in the north, an army spokesman said.", []string{"PHLREB PHLMIL 190"}},
		// Kept.
		{"a thing attacked", "Iraqi Foreign Minister Tareq Aziz was quoted as saying Iran has attacked several ships with land-based missiles.", []string{"IRN --- 190"}},
		{"the attacker's own installations", "Iranian warplanes attacked the installations at Kharg Island in the northern Gulf.", []string{"IRNMIL --- 190"}},
		{"a landmark, no owner", "Four U.S. destroyers attacked the platform about 120 miles east of Bahrain.", nil},
	}
	checkCodingsOn(t, p, "1987-03-01", scoredCodings, tests)
}
