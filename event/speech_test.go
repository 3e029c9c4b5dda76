package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestSpeakerToTarget checks the statements a speaker aims at another
// party inside reported speech, coded only where the reported clause's own
// words carry the content: "should" or "must" addressed to a named party
// is an appeal (020), "hoped Y would" one too, and a stance adjective on
// another party's act ("was dissatisfied with Japan's response") a
// criticism (111), a rejection (120) or praise (051). A neutral report, a
// forecast, a passive, a pronoun, a firm or the speaker's own country
// addressed stays uncoded.
func TestSpeakerToTarget(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// "should" or "must" addressed to a named party.
		{"said Y must", "The U.S. trade representative said Japan must stop dumping chips in third countries.", []string{"USAGOV JPN 020"}},
		{"said a list must", "The British finance minister said the United States and Japan must work to avert a possible trade war.", []string{"GBRGOV JPN 020", "GBRGOV USA 020"}},
		{"should, X said", "The United States should take urgent action to cut its budget deficit, the Organization for Economic Cooperation and Development said.", []string{"IGOBUSOEC USA 020"}},
		{"told reporters Y should", "The Israeli prime minister told reporters that Syria should withdraw its troops from Lebanon.", []string{"ISRGOV SYR 020"}},
		{"a forecast is no appeal", "The U.S. trade representative said Japan should grow by three pct this year.", nil},
		{"a passive is no appeal", "The U.S. trade representative said sanctions should be imposed on Japan.", nil},
		{"a pronoun is the speaker", "The U.S. trade representative said it must stop the dumping of chips.", nil},
		{"a state's own country", "Premier Zhao Ziyang said China should tighten imports of ordinary goods.", nil},
		{"a firm addressed", "Treasury Secretary James Baker said banks must do more lending to developing countries.", nil},
		{"no speech verb", "Japan must stop dumping chips in third countries.", nil},
		{"a neutral report", "The U.S. trade representative said Japan's exports rose last month.", nil},
		// "hoped Y would ACT".
		{"hoped Y would", "The British finance minister said he hoped France would bring forward part of its tax cuts.", []string{"GBRGOV FRA 020"}},
		{"hopes Y will", "Britain hopes France will resist the proposal.", []string{"GBR FRA 020"}},
		{"a hoped forecast", "Britain hopes France will be more cautious.", nil},
		{"hope of a firm", "The minister of Colombia hoped Esso can assist the project.", nil},
		// A stance on another party's act.
		{"upset with Y's act", "Another source said Japan was upset with America's half-hearted attempt to halt the falling dollar.", []string{"JPN USA 111"}},
		{"he was disappointed by Y's", "The U.S. trade representative said he was deeply disappointed by Japan's response.", []string{"USAGOV JPN 111"}},
		{"pleased with Y's act", "Ongpin said the Philippines is very happy about the ADB's support.", []string{"PHL IGOASADEVADB 051"}},
		{"opposed to Y's plan", "The Spanish farm minister said Spain was opposed to the European Commission's plan.", []string{"ESP IGOEUREEC 120"}},
		{"a negated stance", "The U.S. trade representative said he was not disappointed by Japan's response.", nil},
		{"a stance on no actor", "The U.S. trade representative said he was disappointed by the response.", nil},
		{"a stance on the speaker's own country", "Treasury Secretary James Baker said he was opposed to the U.S. selling a yen bond.", nil},
		{"concern is no criticism", "The official said Washington was concerned about the ADB's future role.", nil},
	}
	checkCodings(t, p, tests)
}
