package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestArmedStrikes checks that a strike noun followed by "on" or "against"
// codes 190 when it is a blow of arms (a word of arms before it, or a state
// owning it in a sentence with no word of labour), and that workers'
// strikes "on" a date or "against" a government stay with the strike
// readers.
func TestArmedStrikes(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a state's strike on a platform", "The Soviet Union condemned the U.S. strike on an Iranian oil platform in the Gulf.", []string{"USA IRN 190"}},
		{"a retaliatory strike", "Baghdad radio praised Iraq's retaliatory strike against Iranian targets.", []string{"IRQ IRN 190"}},
		{"a word of arms", "Shipping slowed after an Iraqi missile strike on a Kuwaiti tanker.", []string{"IRQ KWT 190"}},
		// Nothing: strikes of work.
		{"workers' strike on a date", "Brazilian dockers said their strike on Monday would go on.", nil},
		{"a union's strike against a firm", "The Canadian union's strike against General Motors entered its third day.", nil},
	}
	checkCodings(t, p, tests)
}
