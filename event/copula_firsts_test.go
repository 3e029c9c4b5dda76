package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCopulaFirsts checks that the relative clause or infinitive completing
// a copula's "the only ...", "the first ..." or "one of the few ..." takes
// the copula's subject as its actor, and that a relative clause with a
// subject of its own keeps it.
func TestCopulaFirsts(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"the only ... which", "Egypt is the only Arab state which has signed a peace accord with Israel.", []string{"EGY ISR 057", "ISR EGY 057"}},
		{"the first ... to", "Shultz is the first American official to visit Japan since the tariffs were imposed.", []string{"USAGOV JPN 042"}},
		{"one of the few ... that", "France is one of the few countries that have recognised the PLO.", []string{"FRA PSEREB 054"}},
		// Silent.
		{"the relative's own subject", "Egypt is the only country that Israel has recognised.", nil},
		{"the clause's own subject after the pronoun", "It was the first time that Israel had attacked Syria.", []string{"ISR SYR 190"}},
		{"a thing ranked, no actor", "The treaty is the only accord which Egypt has signed with Israel.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
