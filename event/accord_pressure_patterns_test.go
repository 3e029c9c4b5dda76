package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestAccordPressurePatterns checks round 54's verb patterns, written for words news
// uses that no pattern reached: an accord "agreed between" two parties
// (057 both ways), free trade agreements "with" a party, where the tagger
// may take "free" for the verb (057, not a release), and pressure resisted
// when the sentence says whose it is (124). The silent rows keep the same
// words where no party is named or the thing is no accord or pressure.
func TestAccordPressurePatterns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"agreed between", "The proposed tax violates the duty bindings agreed between the EC and the U.S. in 1962.", []string{"IGOEUREEC USA 057", "USA IGOEUREEC 057"}},
		{"free trade agreements with", "He said the U.S. free trade agreements with Canada and Israel should help the trading system.", []string{"CAN USA 057", "ISR USA 057", "USA CAN 057", "USA ISR 057"}}, // both ways since round 59
		// Since round 57 the pressure itself is coded too (020).
		{"resist U.S. pressure", "Britain has decided to resist U.S. pressure on unitary taxation.", []string{"GBR USA 124", "USA GBR 020"}},
		{"resisted pressure from", "Egypt has resisted pressure from the International Monetary Fund for more currency adjustments.", []string{"EGY IGOBUSIMF 124", "IGOBUSIMF EGY 020"}},
		// Silent.
		{"agreed between, no parties", "The prices agreed between the two companies were not disclosed.", nil},
		{"free trade zone", "The government plans a free trade zone near the port.", nil},
		{"resist a thing", "Canada will resist pressure for higher tariffs.", nil},
	}
	checkCodings(t, p, tests)
}
