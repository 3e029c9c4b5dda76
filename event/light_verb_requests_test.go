package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestLightVerbRequests checks round 165's patterns for a request,
// proposal or suggestion carried by its noun after a light verb and handed
// to a party (020). The silent rows keep the words where no party is named
// after "to", where "to" opens an infinitive, or where the proposal passes
// between offices of one government.
func TestLightVerbRequests(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"made a request to", "Japan made a formal request to the United States for emergency talks.", []string{"JPN USA 020"}},
		{"submitted a proposal to", "Britain submitted a proposal to the European Community.", []string{"GBR IGOEUREEC 020"}},
		{"presented its proposal to", "Brazil presented its new proposal to the International Monetary Fund.", []string{"BRA IGOBUSIMF 020"}},
		// Silent.
		{"no party", "The government made a proposal to the unions.", nil},
		{"infinitive", "Chrysler made a proposal to acquire the British unit.", nil},
		{"one government", "He said the Taiwan finance ministry sent a proposal to the Taiwan cabinet.", nil},
	}
	checkCodings(t, p, tests)
}
