package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPerfectParticiples checks perfect_participles.go: an act under
// "having" and a past participle is done, whatever the main verb's tense;
// a plain participle of a future main verb's purpose stays ahead.
func TestPerfectParticiples(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-03-01", scoredCodings, []codingCase{
		{"a completed trip before a future one", "Brazilian Finance Minister Dilson Funaro will fly to Tokyo on Sunday, after having completed a trip to France.",
			[]string{"BRAGOV FRA 042", "BRAGOV JPNGOV 036"}},
		{"a trip ahead", "Brazilian Finance Minister Dilson Funaro will fly to Tokyo on Sunday and will then make a trip to France.",
			[]string{"BRAGOV FRA 036", "BRAGOV JPNGOV 036"}},
	})
}
