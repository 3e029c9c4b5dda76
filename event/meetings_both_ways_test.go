package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDev1617Round50 checks round 50's rules from the misses of
// development sets 16 and 17: a meeting told with "meet" between two
// parties goes both ways, as the guidelines code reciprocal verbs; a wish
// or counsel that another party act ("would like Brazil to work", "will
// advise Brazil to take up") is an appeal (020); a loan or credit received
// from a lender makes the lender the source (071), and an export-import
// bank is its government's; "the official Soviet news agency" is the
// agency, not an official of the story's country. The silent rows keep the words where the
// meeting is a reception, a list or a gerund, where one side is an armed
// group, where the wish names no party, and where the lender is a firm.
func TestDev1617Round50(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"met both ways", "British Finance Minister John Smith met Brazilian Finance Minister Paulo Souza yesterday.", []string{"BRAGOV GBRGOV 043", "GBRGOV BRAGOV 043"}},
		{"relative clause", "Their comments echoed those of British Finance Minister John Smith, who met Brazil's Finance Minister yesterday.", []string{"BRAGOV GBRGOV 043", "GBRGOV BRAGOV 043"}},
		{"will meet with", "Japanese Agriculture Minister Taro Sato said he will meet the U.S. Agriculture Secretary on April 17.", []string{"JPNGOV USAGOV 036", "USAGOV JPNGOV 036"}},
		{"two of one body", "Malaysian Trade Minister Lim Ah Kow met European Community farm commissioner Jan de Wit and industry commissioner Karl Berger.", []string{"IGOEUREEC MYSGOV 043", "MYSGOV IGOEUREEC 043"}},
		{"would like to", "West German banks would like Brazil to work more closely with the International Monetary Fund.", []string{"DEUBUS BRA 020"}},
		{"would like to see", "\"We would like to see the Indonesian government continue the adjustment process,\" the World Bank's president said.", []string{"IGODEVWBK IDNGOV 020"}},
		{"advise to", "The West German finance minister said he will advise Brazil to take up discussions with its commercial bank creditors.", []string{"DEUGOV BRA 020"}},
		{"loan received from", "The Philippines has received a 300 mln dlr loan from the Japanese Export-Import Bank, Philippine Finance Minister Jaime Ongpin told Reuters.", []string{"JPNGOV PHL 071"}},
		{"official adjective", "The official Iraqi news agency INA denounced Iran.", []string{"IRQMED IRN 111"}},
		{"official adjective in another country's story", "Iraq's oil minister spoke on Monday. The official Iranian news agency IRNA denounced the United States.", []string{"IRNMED USA 111"}},
		// Silent, or one way.
		{"official noun", "An Iraqi official denounced Iran.", []string{"IRQGOV IRN 111"}},
		{"official before a noun", "The official statement denounced Iran.", nil},
		{"list met", "The Brazilian finance minister met his Swiss counterpart Hans Keller, Swiss Economics Minister Jean Dupont and National Bank President Peter Meier.", []string{"BRAGOV CHEGOV 043"}},
		{"armed group met", "Tamil rebels met on Monday with Indian officials in Madras.", []string{"INDREB INDGOV 043"}},
		{"meet for a body, one way", "Economists said G-7 countries may try to bolster the pact when they meet for the IMF Interim Committee in April.", []string{"IGOWSTGSV IGOBUSIMF 043"}},
		{"met by, one way", "The Brazilian finance minister was met at the airport by the Italian treasury minister.", []string{"ITAGOV BRAGOV 044"}},
		{"wish of a thing", "Japan would like to see the dollar rise.", nil},
		{"advised on", "The minister advised Japan on its tax policy.", nil},
		{"credit from a firm", "The company obtained a ten mln dlr line of credit from Bank of America.", nil},
	}
	checkCodings(t, p, tests)
}
