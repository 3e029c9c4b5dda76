package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestRumouredActs checks that an act told only as the content of a
// rumour, speculation or a feeling is not counted as done, with "that",
// after a copula, or with no "that"; and that an act reported as done, a
// rumour named without a clause, and an act the speaker does to a rumour
// keep their coding.
func TestRumouredActs(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Supposed: not scored.
		{"rumours that", "Dealers said there were widespread rumours that the U.S. Federal Reserve telephoned some banks in New York.", nil},
		{"rumours were that", "Some of the rumors in the London markets were that the United States had launched an offshore strike against Iran.", nil},
		{"feeling, no that", "One dealer said he had the feeling Japanese companies had been asked by the Bank of Japan not to sell dollars.", nil},
		{"speculation, no that", "Speculation the United States will offer subsidized wheat to the Soviet Union has grown.", nil},
		// Kept.
		{"done", "The U.S. Federal Reserve telephoned some banks in New York, dealers said.", []string{"USAGOV USABUS 041"}},
		{"reports that", "Dealers said there were reports that the U.S. Federal Reserve telephoned some banks in New York.", []string{"USAGOV USABUS 041"}},
		{"rumour named, act done after the comma", "Despite the rumours, the United States launched a strike against Iran.", []string{"USA IRN 190"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
