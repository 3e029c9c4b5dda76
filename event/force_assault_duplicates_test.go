package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestForceAssaultDuplicates checks that an 18x assault coordinated with a
// 19x military force of the same pair ("killed or wounded") is dropped as
// the same strike told twice, and that an assault by another party, or
// with no 19x beside it, stays.
func TestForceAssaultDuplicates(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"killed or wounded", "Iraq said its forces killed or wounded 15,000 Iranian soldiers.", []string{"IRQMIL IRNMIL 190"}},
		{"shot and wounded", "Israeli troops shot and wounded two Palestinians.", []string{"ISRMIL PSE 193"}},
		// Stay: an assault alone, and one by another party.
		{"wounded alone", "Israeli troops wounded two Palestinians.", []string{"ISRMIL PSE 182"}},
		{"other party's assault", "The army shelled the town after Syrian police had beaten a Turkish guard.", []string{"SYRCOP TUR 182"}},
	}
	checkCodings(t, p, tests)
}
