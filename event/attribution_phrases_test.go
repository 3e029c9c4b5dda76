package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestReportersAreNoParties checks that who an "according to" phrase names
// as the clause's reporter is neither its actor nor its target, while an
// actor after the phrase's comma still acts.
func TestReportersAreNoParties(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "2019-12-01", scoredCodings, []codingCase{
		{"reporters as the subject", "On Friday in Manchester, England, according to witness accounts and authorities, a man wearing a mask entered a shop, grabbed a knife and began to stab people.", nil},
		{"a reporter as the target", "President Trump has admitted to ordering the payments, according to federal prosecutors.", nil},
		// Coded: the actor after the phrase.
		{"an actor after the comma", "According to the agency, Iraqi warplanes attacked Iran's oil terminal.", []string{"IRQMIL IRN 190"}},
	})
}
