package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOwnPossessions checks that a state organ acting on a thing its own
// country owns ("Brazil's debt") does not act on the country, while
// people so owned, a foreign country's thing and protesters against their
// own state's law stay targets.
func TestOwnPossessions(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"its own debt", "The Brazilian government suspended interest payments on Brazil's 68 billion dlr commercial debt.", nil},
		{"its own behalf", "Malaysian Prime Minister Mahathir Mohamad will ratify the agreement on Malaysia's behalf.", nil},
		// Kept: people owned, another country's thing, protesters.
		{"its own people", "The Japanese government urged Japan's chip users to buy more foreign chips.", []string{"JPNGOV JPN 020"}},
		{"another country's debt", "The Brazilian government suspended interest payments on Mexico's debt.", []string{"BRAGOV MEX 162"}},
		{"protest against its own law", "Thousands of Spanish farmers staged a protest against Spain's farm policy.", []string{"ESPAGR ESP 141", "ESPOPP ESP 141"}},
	})
}
