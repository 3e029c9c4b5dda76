package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestStrikeBy checks that a strike named by a noun with its workers after
// "by" is their strike against their government where the sentence names
// the state (143; 142 for a hunger strike, 133 when threatened), and that
// it gives nothing beside a private employer ("General Motors", "the
// nationwide strike of 1984" of another time), for a strike that only
// places another act ("resumed in the strike by"), or for "a strike
// threat by", which is no "strike by".
func TestStrikeBy(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"hunger strike, state employed", "Bolivia faces unrest.\n\nA union leader joined a hunger strike by 1,300 state employed miners to press for higher wages.", []string{"BOLLAB BOLGOV 142"}},
		{"threat of a strike, state firm", "Brazil faces unrest.\n\nTroops went in at the request of the state oil company because of the threat of a strike by 55,000 oil industry employees.", []string{"BRALAB BRAGOV 133"}},
		{"called by unions, the government", "Ecuador faces unrest.\n\nThe strike, called by leftist unions and declared illegal by the government, was aimed at an austerity program.", []string{"ECULAB ECUGOV 143"}},
		{"national stoppages threatened", "Brazil faces unrest.\n\nOther strikes are being threatened, including national stoppages by 450,000 social workers.", []string{"BRALAB BRAGOV 133"}},
		// Nothing.
		{"a private employer", "General Motors failed to reach an agreement with the union by noon, causing a strike by 9,000 hourly workers at the plant.", nil},
		{"another strike's measure", "West Germany's engineering employers made the offer amid warning strikes by 33,000 workers, averting a repeat of the nationwide strike of 1984, union sources said.", nil},
		{"a strike as setting", "Canada faces unrest.\n\nNegotiations resumed in the 14-day-old strike by the state postal service's letter carriers.", nil},
	}
	checkCodings(t, p, tests)
}
