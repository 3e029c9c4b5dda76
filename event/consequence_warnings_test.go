package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestConsequenceWarnings checks that a warning that a party's measure
// would bring retaliation or a trade war is a threat (130) from the
// speaker to the measure's maker, named as its modifier or after "by",
// with the speaker before or after the reported clause; and that a
// consequence denied, a harm that is no retaliation, a measure of no named
// maker and a party warned directly (coded by "warn +") add nothing.
func TestConsequenceWarnings(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"maker after by", "A senior British official said that protectionist bills being considered by the U.S. Congress could trigger retaliation by the European Community.", []string{"GBRGOV USALEG 130"}},
		{"modifier, second forecast", "Helga Steeg, executive director of the International Energy Agency, said a U.S. oil import fee would disrupt world markets and could prompt trade retaliation against the United States.", []string{"IGOBUSIEA USA 130"}},
		{"speaker after", "The proposed EC tax could provoke a trade war, the U.S. agriculture secretary warned.", []string{"USAGOV IGOEUREEC 130"}},
		// Silent.
		{"not lead to", "Reagan said the Japanese tax would not lead to retaliation.", nil},
		{"harm, no retaliation", "Reagan said the Japanese tax would hurt American farmers.", nil},
		{"no maker named", "The minister said protectionist legislation could prompt a trade war.", nil},
		{"a forecast of another's act", "Reagan said the Japanese tax would hurt farmers, but Japan could retaliate.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
