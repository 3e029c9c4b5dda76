package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestEachPartyAccords checks round 73's rows, causes of false codings in two
// hand-judged random samples of unread Reuters news: a listed person
// matched by surname though the text gives another given name; "oppose"
// with a membership, a merger or a measure someone proposed (120, not
// 110); "opposition to" read as an opposition party; deals each party of a
// list made with others read as one ring; and a strike against a private
// employer given the government as its target. The kept rows leave the
// listed person named in full or by title, opposing a state's stance,
// "the opposition", one deal among three, a state employer's strike and
// private traders protesting a state agency as they were.
func TestEachPartyAccords(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped or recoded.
		{"other Peres", "Mario Branco Peres, president of the Brazilian Association of Citrus Juice Industries, welcomed a decision by the U.S. Commerce Department.", []string{"BRABUS USAGOV 051"}},
		{"oppose membership", "Treasury Secretary James Baker said the U.S. opposes Soviet membership of the World Bank.", []string{"USA SUN 120"}},
		{"oppose proposed tax", "Treasury Secretary James Baker said he opposed a stock transactions tax proposed by House Speaker Jim Wright.", []string{"USAGOV USALEG 120"}},
		{"opposition to", "Fujitsu withdrew its offer after U.S. government officials expressed opposition to the transaction.", nil},
		{"agreements reached by", "Indian countertrade is still insignificant compared with agreements reached by Indonesia, Venezuela and Brazil, the trade sources said.", nil},
		{"private banks", "Groups of Brazilian strikers marched in the central commercial district, stopping outside private banks to chant slogans.", nil},
		// Kept.
		{"Peres by title", "Israeli Foreign Minister Shimon Peres met Egyptian President Hosni Mubarak.", []string{"EGYGOV ISRGOV 043", "ISRGOV EGYGOV 043"}},
		{"oppose a stance", "Brazil opposed the U.S. position on the debt.", []string{"BRA USA 110"}},
		{"the opposition", "The Japanese opposition criticized Prime Minister Yasuhiro Nakasone.", []string{"JPNOPP JPNGOV 111"}},
		{"opposition boycott", "Japan's Prime Minister Yasuhiro Nakasone has refused to drop a proposed sales tax as debate on a draft budget for 1987 resumed after a nine-day opposition boycott.", []string{"JPNOPP JPNGOV 143"}},
		{"Peres alone", "Peres criticised Syria.", []string{"ISRGOV SYR 111"}},
		{"other Peres later", "Mario Branco Peres heads the Brazilian Association of Citrus Juice Industries. Peres criticised Syria.", nil},
		{"Peres in full later", "Mario Branco Peres heads the Brazilian Association of Citrus Juice Industries. Israel's Shimon Peres met Syria's leaders. Peres criticised Syria.", []string{"ISR SYRGOV 043", "ISRGOV SYR 111", "SYRGOV ISR 043"}},
		{"nickname", "Dan Amstutz criticised Japan.", []string{"USAGOV JPN 111"}},
		{"one agreement reached by", "The ranges were set in an agreement reached by the United States, Japan and West Germany.", []string{"DEU USA 057", "JPN DEU 057", "USA JPN 057"}},
		{"state employer", "About 9,000 Bolivian miners employed by the state corporation Comibol went on strike to press for higher wages.", []string{"BOLLAB BOLGOV 143"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
