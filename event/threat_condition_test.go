package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestConditionThreat checks threats told as a condition: the speaker of
// "said if Y does Z, (we) would retaliate" threatens Y (130), and "told Y
// that if ..." threatens the party told when the condition names none.
// The kept rows leave alone a forecast with no measure in it, a condition
// whose own verb is the retaliation, a consequence quoted after the
// condition, a condition opened by a pronoun, and a bare report.
func TestConditionThreat(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"said if, comma", "U.S. Trade Representative Clayton Yeutter said the United States will retaliate if the European Community adopts a proposed tax on vegetable oils.", []string{"USAGOV IGOEUREEC 130"}},
		{"unless", "U.S. officials said that unless Taiwan allowed its dollar to rise faster it would face retaliation.", []string{"USAGOV TWN 130"}},
		{"no comma", "Japanese Trade Minister Hajime Tamura said if the United States imposed the tariffs the only way Japan could react was to retaliate.", []string{"JPNGOV USA 130"}},
		{"told party", "The European Community has told Japan that if the tax is approved, the community would retaliate.", []string{"IGOEUREEC JPN 130"}},
		{"reprisals", "Washington has said it will take trade reprisals if the EC proceeds with the ban.", []string{"USAGOV IGOEUREEC 130"}},
		// Kept.
		{"forecast", "Japanese Finance Minister Kiichi Miyazawa said if the United States cuts interest rates, the yen would rise.", nil},
		{"retaliation is the condition", "Japanese Finance Minister Kiichi Miyazawa said if the United States retaliates, exports would fall.", nil},
		{"quoted consequence", "Yeutter said if Japan takes action to honor its agreement, \"Then the retaliatory response will last a short period.\"", nil},
		{"pronoun condition", "Yeutter said the United States would retaliate if it is introduced.", nil},
		{"bare report", "Yeutter said the United States would consider retaliation against the tax.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
