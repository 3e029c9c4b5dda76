package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestReadyRetaliation checks that a retaliation its maker declares itself
// ready for ("is prepared to", "is ready to", "would not hesitate to") is
// the threat itself, on the party whose act it answers; and that a
// readiness denied, put in a condition, or a forecast by others stays
// uncoded.
func TestReadyRetaliation(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"be prepared to", "The EC proposed a tax on soybean oil. Producers say the U.S. is prepared to retaliate if it is introduced.", []string{"USA IGOEUREEC 130"}},
		{"be ready to", "The EC proposed a tax on soybean oil. The U.S. is ready to retaliate, officials said.", []string{"USA IGOEUREEC 130"}},
		{"not hesitate to", "The EC proposed a tax on soybean oil. Bennett told a news conference the U.S. Administration would not hesitate to retaliate.", []string{"USAGOV IGOEUREEC 130"}},
		{"will be prepared to", "Japan restricted rice imports. Britain will be prepared to retaliate.", []string{"GBR JPN 130"}},
		// Silent.
		{"readiness denied", "The EC proposed a tax on soybean oil. The U.S. is not ready to retaliate, officials said.", nil},
		{"readiness in a condition", "The EC proposed a tax on soybean oil. If the U.S. is ready to retaliate, the EC will drop the tax.", nil},
		{"a forecast by others", "The EC proposed a tax on soybean oil. Analysts said the U.S. could retaliate.", nil},
		{"hesitation", "The EC proposed a tax on soybean oil. The U.S. hesitated to retaliate.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
