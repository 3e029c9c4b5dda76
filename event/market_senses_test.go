package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestMarketAndAirSenses checks round 80's rows, causes of false codings in
// the fourth hand-judged random sample of unread Reuters news: a central
// bank's weekly money-market paper, a bond issue and grain committed for
// export read as pledges of aid (0331); oil output that "dropped half mln
// barrels" read as barrel bombs (195); aircraft bombing coded 183, the
// bombing of insurgents, where an air strike is 195; and arms sold to a
// state coded as military aid (072) where the conventions code 062;
// a state acquiring missiles read as mobilization (154); a body named
// only to date a meeting ("just before the IMF ... meeting") read as the
// party met; and keeping to another party's decisions read as a refusal
// to yield (1232). The
// kept rows leave a pledge of money to a state, a barrel bomb, insurgents'
// bombing and military aid as they were.
func TestMarketAndAirSenses(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped or recoded.
		{"weekly paper", "The Saudi central bank offers a total of two billion riyals each week in 30, 91 and 180-day paper to banks in the Kingdom.", nil},
		{"term agreements", "The Saudi central bank offers a total 900 mln riyals in 30, 91 and 180-day agreements to banks each week.", nil},
		{"bond issue", "Canada will offer a 1.5 billion dlr, three-part bond issue next week, the finance department said.", nil},
		{"grain committed", "Argentina has already committed three mln tonnes of this year's wheat for export, an official said.", nil},
		{"barrels dropped", "U.S. oil production dropped some half mln barrels a day last year.", nil},
		{"jets bombed", "Israeli jets bombed Palestinian targets in south Lebanon, security sources said.", []string{"ISR PSE 195"}},
		{"warplanes bombed", "Iraqi warplanes bombed Iranian oil installations.", []string{"IRQMIL IRN 195"}},
		{"arms sold", "The United States sold arms to Iran.", []string{"USA IRN 062"}},
		{"acquired missiles", "Iran had acquired Chinese-made Silkworm missiles, a spokesman said.", nil},
		{"meet before gathering", "Officials of Japan and Britain will meet just before the IMF interim committee meeting in Washington.", nil},
		{"meet ahead of gathering", "The ministers, meeting here ahead of this week's IADB annual meetings, put off any decision.", nil},
		{"stick to another's decisions", "Saudi Arabia is completely sticking to OPEC decisions, he said.", nil},
		// Kept.
		{"money pledged", "Japan offered 500 mln dlrs to the Philippines.", []string{"JPN PHL 0331"}},
		{"barrel bombs", "Syrian helicopters dropped barrel bombs on the town.", []string{"SYR --- 195"}},
		{"rebels bombed", "Suspected communist rebels bombed the Philippine Military Academy.", []string{"PHLREB PHLMIL 183"}},
		{"military aid", "The United States sent military aid to Honduras.", []string{"USA HND 072"}},
		{"meet a body", "Brazil will meet the IMF next week.", []string{"BRA IGOBUSIMF 036"}},
		{"meet a party before", "Brazilian officials met the IMF before the talks with commercial banks.", []string{"BRAGOV IGOBUSIMF 043", "IGOBUSIMF BRAGOV 043"}},
		{"stick to own stance", "Iran is sticking to its position on Iraq.", []string{"IRN IRQ 1232"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
