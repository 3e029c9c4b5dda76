package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestObligedAppeals checks appeals reported through a modal of
// obligation (should, must, ought to, needs to, has to), a speaker after
// the comma when the reported clause names other places, a press or
// business speaker telling its own country, a day word before the target
// and a determiner held by the hoped party's mention; and the rows that
// must stay empty: a state on its own country, a duty lifted, a duty
// forecast ("will have to") and one a party was driven to ("had to").
func TestObligedAppeals(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"ought to", "Japan ought to open its markets, U.S. Treasury Secretary James Baker said.", []string{"USAGOV JPN 020"}},
		{"has to", "U.S. Treasury Secretary James Baker said Japan has to open its markets.", []string{"USAGOV JPN 020"}},
		{"needs to", "West Germany needs to stimulate growth, U.S. Treasury Secretary James Baker said.", []string{"USAGOV DEU 020"}},
		{"must", "The Bundesbank president said the United States must cut its budget deficit.", []string{"DEUGOV USA 020"}},
		{"speaker after the comma", "Japan should step up the pace of its financial liberalisation if it wants to become a world financial centre equal to New York or London, a leading U.S. banker said.", []string{"USABUS JPN 020"}},
		{"a paper tells its country", "The Jakarta Post said Indonesia must boost the scope for private business initiative.", []string{"IDNMED IDN 020"}},
		{"suggested", "The World Bank has suggested India should move to a more open economy.", []string{"IGODEVWBK IND 020"}},
		{"a day word before the target", "Chairman Dan Rostenkowski of the House Ways and Means Committee said today President Reagan must reconsider his opposition to tax increases.", []string{"USALEG USAGOV 020"}},
		{"hoped the party would act", "Reagan said he hoped the Japanese would soon end their unfair practices.", []string{"USAGOV JPN 020"}},
		// Nothing scored.
		{"a state's own country", "Zhao said China should tighten imports.", nil},
		{"a duty lifted", "Japan does not need to cut rates, U.S. Treasury Secretary James Baker said.", nil},
		{"a duty forecast", "U.S. Treasury Secretary James Baker said Japan will have to open its markets.", nil},
		{"a duty met", "Khamenei said the U.S. Government had to take some action.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
