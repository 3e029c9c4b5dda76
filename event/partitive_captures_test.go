package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPartitiveCaptures checks that ground captured through a partitive
// ("captured one of Iraq's strongest fortifications", "captured part of
// the town") is an occupation of territory (192), while people captured
// the same way ("captured one of the Iranian commanders") stay a
// detention (173).
func TestPartitiveCaptures(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"one of the fortifications", "Iranian troops captured one of Iraq's strongest fortifications east of Basra.", []string{"IRNMIL IRQ 192"}},
		{"part of the town", "Iraqi troops captured part of the town.", []string{"IRQMIL --- 192"}},
		// Unchanged.
		{"one of the commanders", "Iraqi troops captured one of the Iranian commanders.", []string{"IRQMIL IRNMIL 173"}},
		{"some of the soldiers", "Iraqi troops captured some of Iran's soldiers.", []string{"IRQMIL IRNMIL 173"}},
	}
	checkCodings(t, p, tests)
}
