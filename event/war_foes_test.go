package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestWarFoes checks round 70's rows: a state's armed attack that names no
// target is aimed at the one other warring state the text names, in its
// sentence or, for an army's attack, in the story. The kept rows leave an
// attack alone when its object is a thing the pattern does not name, when
// two other states are named, when its source is no state's army, and when
// the only other country word modifies something else.
func TestWarFoes(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Given the enemy as target.
		{"offensive in the enemy's land", "Iran launched the new offensive, codenamed Karbala-7, on Tuesday night among the snow-capped peaks of the Haj Omran border area of northeast Iraq.", []string{"IRN IRQ 190"}},
		{"enemy named by its forces", "Iraq said today its troops were pushing Iranian forces out of positions they had initially occupied when they launched a new offensive near the southern port of Basra early yesterday.", []string{"IRQMIL IRN 190"}},
		{"enemy named in the story", "Iraq said it had repelled an Iranian attack in the south. Iraq said its losses were light.\n\nA war communique said an Iranian infantry brigade, backed by tanks, launched the overnight attack and fierce fighting raged for more than six hours before Iranian troops fled the battlefield.", []string{"IRNMIL IRQ 190", "IRQ IRN 190"}},
		// Kept.
		{"a thing attacked", "Iraqi Foreign Minister Tareq Aziz was quoted as saying Iran has attacked several ships with land-based missiles.", []string{"IRN --- 190"}},
		{"rebels, no army", "Rebels launched an attack on Tuesday near the border, Honduran officials said.", []string{"HNDREB --- 190"}},
		{"a modifier, no enemy", "The Iranian push that captured the territory was not a major offensive, the American press reported.", []string{"IRN --- 192"}},
		{"named once in the story", "Iraqi troops launched a new attack on Tuesday, the Iraqi news agency said.\n\nThe attack came as the French foreign minister arrived in Baghdad.", []string{"FRAGOV IRQGOV 042", "IRQMIL --- 190"}},
		{"two states in the story", "Iraq said it had repelled an Iranian attack in the south. Syria said it backed Iran.\n\nA war communique said an Iranian infantry brigade, backed by tanks, launched the overnight attack and fierce fighting raged for more than six hours before Iranian troops fled the battlefield.", []string{"IRNMIL --- 190", "IRQ IRN 190", "SYR IRN 051"}},
	}
	checkCodingsOn(t, p, "1987-03-01", scoredCodings, tests)
}
