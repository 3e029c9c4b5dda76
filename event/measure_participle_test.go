package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestMeasureParticiple checks that a measure's participle with a name for its
// object is coded (round 55): "a resolution urging Japan to open" once
// read "urging Japan" as one noun phrase, so the coder never saw the verb,
// while "urging the Japanese government to" worked. The silent rows keep a
// participle before a name where it describes rather than acts
// ("businessmen visiting Tokyo"), heads no clause ("including"), or sits in
// a name.
func TestMeasureParticiple(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"urging a country", "The U.S. Senate passed a resolution urging Japan to open its markets.", []string{"USALEG JPN 020"}},
		{"urging a president", "The House passed a resolution urging President Reagan to negotiate a treaty.", []string{"USALEG USAGOV 026"}},
		{"urging nationals", "The U.S. Senate passed a resolution urging Japanese officials to open their markets.", []string{"USALEG JPNGOV 020"}},
		{"urging a leader", "Parliament adopted a resolution urging Chancellor Kohl to cut taxes.", []string{"DEULEG DEUGOV 020"}},
		{"asking", "The U.S. Congress approved a bill asking Japan to cut its tariffs.", []string{"USALEG JPN 020"}},
		// Silent.
		{"visiting", "Businessmen visiting Tokyo spend 300 dlrs a day.", nil},
		{"including", "Talks between five smelters including Penarroya to result in integration were held.", nil},
		{"surrounding", "Territories surrounding Nagorno-Karabakh were returned to Azerbaijan.", nil},
		{"trading in a name", "The Beijing trading company Sinochem said it bought wheat.", nil},
	}
	checkCodings1987(t, p, tests)
}
