package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTalksReportedBySpeakerAfter checks that talks named in a phrase of a
// preposition, with no party of their own in the sentence, take the speaker
// of the closing speech tag as their party, and that the rule stays silent
// where the speaker is no named actor, is of the partner's own country, or
// the tag does not close the sentence.
func TestTalksReportedBySpeakerAfter(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const baker = "as a result of talks yesterday with U.S. Treasury Secretary James Baker, "
	tests := []codingCase{
		{"speaker holds the talks", "There is a good chance that reforms will be agreed " + baker + "Mexican Finance Minister Gustavo Petricioli said.", []string{"MEXGOV USAGOV 043", "USAGOV MEXGOV 043"}},
		{"actors of the reported clause do not own the talks", "There is a good chance that the United States and Latin America will agree reforms " + baker + "Mexican Finance Minister Gustavo Petricioli said.", []string{"MEXGOV USAGOV 043", "USAGOV MEXGOV 043"}},
		{"added", "Prices should recover as a result of talks with Saudi Arabia, Venezuelan Oil Minister Arturo Hernandez Grisanti added.", []string{"SAU VENGOV 043", "VENGOV SAU 043"}},
		{"talks ahead are an intent", "Reforms will follow as a result of talks with U.S. Treasury Secretary James Baker next week, Mexican Finance Minister Gustavo Petricioli said.", []string{"MEXGOV USAGOV 036"}},
		{"speaker of the partner's country", "Reforms will follow as a result of talks with Mexican officials, Mexican Finance Minister Gustavo Petricioli said.", nil},
		{"speaker no actor", "Reforms will follow " + baker + "sources said.", nil},
		{"tag not closing the sentence", "Reforms will follow " + baker + "Mexican Finance Minister Gustavo Petricioli said on Tuesday in a speech to bankers.", nil},
		{"talks opening the sentence", "Talks with U.S. Treasury Secretary James Baker went well, Mexican Finance Minister Gustavo Petricioli said.", nil},
	}
	checkCodings1987(t, p, tests)
}
