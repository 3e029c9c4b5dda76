package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestMandatedActs checks that the bare subjunctive after a verb of
// proposing or demanding, with no "that" ("insist Japan open its markets",
// "urging the administration oppose the duty"), is the content of the
// demand and not a done act, while the same acts told in a finite tense
// stay coded.
func TestMandatedActs(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"insisted, market to open", "The United States insisted Japan open its markets to American goods.", nil},
		{"urging, opposition asked for", "The U.S. Senate approved a resolution urging the Reagan administration oppose the Canadian duty.", []string{"USALEG USAGOV 020"}},
		// Done acts stay.
		{"opened, done", "Japan opened its markets to American goods last year.", []string{"JPN USA 061"}},
		{"opposes, done", "The Reagan administration opposes the Canadian duty.", []string{"USAGOV CAN 110"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
