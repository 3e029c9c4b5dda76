package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOneGovernment checks round 71's rows, three causes of false codings in a
// hand-judged random sample of unread Reuters news: a cooperative act
// (roots 03 to 05) between two parties coded as one government (a cabinet
// meeting, two officials working together), opposing a proposal coded as
// disapproval (110) where the convention gives a rejection (120), and a
// meeting "set for" a later date coded as held. The kept rows leave two
// governments meeting, a loosely named domestic party meeting its
// government, opposing a state (not its proposal) and a meeting already
// held as they were.
func TestOneGovernment(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped or recoded.
		{"cabinet meeting", "At today's Cabinet meeting, Prime Minister Yasuhiro Nakasone reaffirmed his faith in Japan's economic future.", nil},
		{"two officials work together", "U.S. officials say Federal Reserve chairman Paul Volcker works very closely with Treasury Secretary James Baker on international debt.", nil},
		{"legislators met", "House Speaker Jim Wright met with House Ways and Means Committee chairman Dan Rostenkowski to discuss the budget.", nil},
		{"opposed a plan", "A key U.S. House member said he opposed a Reagan administration plan to shift the cost of surveillance to the private sector.", []string{"USALEG USAGOV 120"}},
		{"opposed efforts by", "President Reagan said he opposed efforts by some members of Congress to back away from deficit reduction targets.", []string{"USAGOV USALEG 120"}},
		{"opposed the scheme at", "Spain and Portugal continued to oppose the scheme at a meeting of EC finance ministers in Brussels.", []string{"ESP IGOEUREEC 120", "PRT IGOEUREEC 120"}},
		{"meeting set for", "A meeting between Japanese and U.S. officials has been set for next Wednesday in Tokyo.", []string{"JPN USAGOV 036", "USAGOV JPN 036"}},
		{"meeting scheduled for", "A meeting between Brazil and Argentina is scheduled for next week.", []string{"ARG BRA 036", "BRA ARG 036"}},
		// Kept.
		{"two governments met", "Treasury Secretary James Baker met Japanese Finance Minister Kiichi Miyazawa in Washington.", []string{"JPNGOV USAGOV 043", "USAGOV JPNGOV 043"}},
		{"officer of a union met the minister", "Bolivian tin output fell sharply last year.\n\nLabour minister, Alfredo Franco, met with Juan Lechin Oquendo, the veteran secretary general of the Bolivian Labour Organization (cob) and Victor Reyes, the miners federation top leader, at the mining ministry, he said.", []string{"BOLGOV BOLLAB 043", "BOLLAB BOLGOV 043"}}, // the union's officer since round 119
		{"opposed a state", "Japan opposed the United States on the issue of rice imports.", []string{"JPN USA 110"}},
		{"meeting held", "A meeting between Japanese and U.S. officials was held on Wednesday in Tokyo.", []string{"JPN USAGOV 043", "USAGOV JPN 043"}},
		{"meeting set for a past day", "A meeting between Japanese and U.S. officials was set for last Wednesday in Tokyo.", []string{"JPN USAGOV 043", "USAGOV JPN 043"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
