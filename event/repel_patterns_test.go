package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestRepelPatterns checks that forces who "beat back" an assault repel
// it in battle (190), not beat anyone (182).
func TestRepelPatterns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"beat back an assault", "Iranian troops beat back an Iraqi assault near Basra.", []string{"IRNMIL IRQ 190"}},
		{"pushed back an offensive", "Iraqi troops pushed back the Iranian offensive near Basra.", []string{"IRQMIL IRN 190"}},
	})
}
