package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestVisitsForTalks checks round 61's talks, meetings and visits named by a noun:
// a planned trip for talks repeats the traveller's intent but still gives
// the partner's intent back (036 both ways), "had (private) talks with" is
// a consultation both ways like "held talks with" (discussions one way),
// and "visiting" before a state's officer is that officer's visit (042) to
// the host named by the verb's subject; a trip made "from talks with" a
// party reports talks held with it, both ways. The silent rows keep firms' talks,
// talks with no partner named, refused or cancelled talks and private
// visitors uncoded.
func TestVisitsForTalks(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"visit for talks", "Thatcher will visit Washington next month for talks with President Reagan.", []string{"GBRGOV USAGOV 036", "USAGOV GBRGOV 036"}},
		{"will meet", "Reagan will travel to West Berlin and will meet West German Chancellor Helmut Kohl in Bonn.", []string{"DEUGOV USAGOV 036", "USAGOV DEUGOV 036"}},
		{"had private talks", "Balladur had private talks with Margaret Thatcher.", []string{"FRAGOV GBRGOV 043", "GBRGOV FRAGOV 043"}},
		{"had discussions", "Shultz had discussions with Shevardnadze.", []string{"USAGOV SUNGOV 043"}},
		{"consultations with", "The IMF consultations with Belgium ended today.", []string{"IGOBUSIMF BEL 043"}},
		{"flown from talks", "Thatcher had flown to West Germany from talks with French President Francois Mitterrand in Paris.", []string{"FRAGOV GBRGOV 043", "GBRGOV DEU 042", "GBRGOV FRAGOV 043"}},
		{"arrived from a meeting", "Turkey's ambassador to Athens arrived last night from a meeting with Greek Prime Minister Andreas Papandreou.", []string{"GRCGOV TURGOV 043", "TURGOV GRCGOV 043"}},
		{"told visiting", "Chinese leader Deng Xiaoping told visiting U.S. Secretary of State George Shultz China's recent troubles were over.", []string{"USAGOV CHNGOV 042"}},
		{"met visiting", "Prime Minister Yasuhiro Nakasone met visiting U.S. Secretary of State George Shultz.", []string{"JPNGOV USAGOV 043", "USAGOV JPNGOV 042", "USAGOV JPNGOV 043"}},
		// Silent (or only the verb's own event).
		{"firms' talks", "Exxon had private talks with Mobil.", nil},
		{"firms from talks", "Exxon officials came from talks with Mobil.", nil},
		{"comma before from", "Thatcher had flown to West Germany, away from talks with French President Francois Mitterrand in Paris.", []string{"GBRGOV DEU 042"}},
		{"no partner", "Balladur had private talks in London.", nil},
		{"cancelled trip", "Thatcher cancelled a trip to Washington for talks with Reagan.", []string{"GBRGOV USAGOV 160"}},
		{"visiting businessmen", "Deng Xiaoping told visiting businessmen China's troubles were over.", nil},
		{"visiting a place", "Businessmen visiting Tokyo spend 300 dlrs a day.", nil},
		{"own country", "Reagan said visiting Secretary of State George Shultz would return.", nil},
		{"visiting, no host", "Visiting U.S. Agriculture Secretary Richard Lyng told a press conference rice imports must rise.", nil},
	}
	checkCodings1987(t, p, tests)
}
