package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDeclaredReadiness checks round 165: an act its doer declares itself
// ready or willing to do ("is ready to", "is willing to", "stands ready
// to") is coded on the subject of "be" as an announced act (the 03x intent
// code, one way only), and a readiness to coerce or fight a named party as
// the threat. The silent rows keep the words where the readiness is denied,
// put as a condition, or aimed at no party named in the sentence.
func TestDeclaredReadiness(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"ready to lift", "The U.S. is ready to lift sanctions against Japan.", []string{"USA JPN 0354"}},
		{"willing to offer concessions", "The European Community is willing to offer limited concessions to the United States, a spokesman said.", []string{"IGOEUREEC USA 035"}},
		{"ready to continue talks, one way", "Fukukawa said Japan was ready to continue trade talks with the United States.", []string{"JPN USA 036"}},
		{"ready to take measures", "The European Community is ready to take measures against Japan.", []string{"IGOEUREEC JPN 132"}},
		{"stands ready to help", "The United States stands ready to help Mexico.", []string{"USA MEX 033"}},
		// Silent.
		{"not ready", "Britain is not ready to lift sanctions against South Africa.", nil},
		{"condition", "If Japan is willing to open its market, the U.S. will lift sanctions.", nil},
		{"no party named", "Reagan officials said the president is ready to fight them all.", nil},
	}
	checkCodings(t, p, tests)
}
