package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDomesticAppeals checks appeals from a country's own business
// federations, pressure groups and congressmen to its government (020 BUS,
// NGO or LEG -> GOV), and that an aid verb in an infinitive hanging on a
// noun of prospect ("as a way to ... help") is no aid given. Rows that must
// stay empty: a body only named, an aid verb done by the subject itself is
// kept, and a pressure group that only speaks is no appeal.
func TestDomesticAppeals(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a pressure group appeals", "MANILA - Land reform pressure groups have called on President Corazon Aquino to break up her family's sugar estate.", []string{"PHLNGO PHLGOV 020"}},
		{"an industry association urges", "The Semiconductor Industry Association urged the U.S. government to impose trade sanctions against Japan.", []string{"USABUS USAGOV 020"}},
		{"a federation's chairman urges", "TOKYO - Eishiro Saito, chairman of Keidanren, urged the government to act.", []string{"JPNBUS JPNGOV 020"}},
		{"congressmen press a department", "Washington farm policy.\n\nSeveral leading farm-state Congressmen pressed the U.S. Agriculture Department to implement a marketing loan.", []string{"USALEG USAGOV 020"}},
		// Nothing scored.
		{"a pressure group speaks", "MANILA - Land reform pressure groups said the estate was too large.", nil},
		{"help as a way", "President Reagan and most Congressmen have previously ruled out a tax on foreign oil as a way to curb imports and to help the depressed domestic oil industry.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
	// The prospect walk stops at a finite verb: aid the subject gives is kept.
	kept := []codingCase{
		{"help done", "The United States sent a team and helped Mexico after the earthquake.", []string{"USA MEX 070"}},
	}
	checkCodingsOn(t, p, "2021-10-13", scoredCodings, kept)
}
