package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCircumstantialForce checks that a passive "be forced to" with no
// agent codes no coercion, while an agent after "by" and the active verb
// keep theirs.
func TestCircumstantialForce(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"forced with no agent", "The Kenyan Agriculture Ministry will be forced to close five foreign posts unless parliament approves more funds, a ministry official said.", nil},
		{"forced by an agent", "Peru was forced by the IMF to cut spending.", []string{"IGOBUSIMF PER 170"}},
		{"compelled by an agent", "Japan was compelled by the United States to open its market.", []string{"USA JPN 170"}},
		{"active force", "Iraq forced Kuwait to cut its oil output.", []string{"IRQ KWT 170"}},
	})
}
