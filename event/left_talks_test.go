package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestLeftTalks checks that leaving talks is halting negotiations (164),
// while troops leaving a country stay a military pull-back (087); and
// that an offer of "good" things is no offer of good offices.
func TestLeftTalks(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"pulled out of talks with", "France pulled out of the talks with Britain.", []string{"FRA GBR 164"}},
		{"withdrew from talks with", "France withdrew from the talks with Britain.", []string{"FRA GBR 164"}},
		{"body's talks", "French Foreign Trade Minister Michel Noir had pulled out of the informal GATT talks for domestic political reasons.", []string{"FRAGOV IGOBUSWTO 164"}},
		{"withdrew from a country", "Iraq withdrew from Kuwait.", []string{"IRQ KWT 087"}},
		{"pulled out of a country", "Iraq pulled out of Kuwait.", []string{"IRQ KWT 087"}},
		{"offers good opportunities", "Japanese bankers said Hong Kong offers good business opportunities, especially in China trade, to Japanese banks.", nil},
		{"offered mediation", "Egypt offered mediation in the dispute.", []string{"EGY --- 039"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
