package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestThingModifiers checks that a country named only as the modifier of
// a war, a charter, a tongue or a faith is no party, while a body's name
// of the same words and the wire's lower-case war of two foes stay.
func TestThingModifiers(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings(t, p, []codingCase{
		{"a named war", "Senator Smith voted against the Iraq War in 2002.", nil},
		{"a faith", "Turkish President Erdogan pledged converting the museum, formerly a Greek Orthodox church, to a mosque.", nil},
		{"a charter", "The Kenyan constitution requires consent from both houses of parliament to confirm a minister.", nil},
		// Kept: the country as the party of the same verbs.
		{"the country itself", "U.S. Senator Smith voted against Iraq in 2002.", []string{"USALEG IRQ 120"}},
		{"a war of two foes", "Iraqi troops shelled Iran on Monday in the Iran-Iraq war.", []string{"IRQMIL IRN 194"}},
	})
}
