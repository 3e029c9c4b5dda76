package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestAidTariffPatterns checks round 47's verb patterns, each of which news
// writes with the party between the verb and the thing, or with a word
// no pattern had: aid, loans and credits given or offered to a party
// named before them ("gave Brazil a loan", "offered China a loan",
// "has given Israel 25 billion dlrs in aid"), tariffs raised on a
// party's goods (163, a threat of them 1312), pressure stepped up on a
// party (100) and warnings of countermeasures (138). The silent rows
// keep the same words where no party is the target or the thing given
// is no aid.
func TestAidTariffPatterns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"gave a loan", "The World Bank gave Brazil a loan.", []string{"IGODEVWBK BRA 071"}},
		{"granted a credit line", "Spain has granted Cuba a 25 mln dlr credit line for the purchase of Spanish goods.", []string{"ESP CUB 071"}},
		{"extended loans", "The World Bank said it has extended Pakistan 220 mln dlrs in three loans.", []string{"IGODEVWBK PAK 071"}},
		{"given in aid", "Since 1973 the U.S. has given Israel 25 billion dlrs in aid.", []string{"USA ISR 070"}},
		{"granted for aid", "Britain has granted Mozambique food aid.", []string{"GBR MOZ 070"}},
		{"offered a loan", "Japan offered China a loan of 100 mln dlrs.", []string{"JPN CHN 0331"}},
		{"raise tariffs on", "The United States raised tariffs on Japanese electronic goods.", []string{"USA JPN 163"}},
		{"threatened to raise tariffs", "The United States has threatened to raise tariffs on selected Japanese electronic goods.", []string{"USA JPN 1312"}},
		{"step up pressure on", "The United States stepped up pressure on Japan to open its market.", []string{"USA JPN 100"}},
		{"warned of countermeasures", "The United States warned Iran of even stronger countermeasures.", []string{"USA IRN 138"}},
		// Silent.
		{"gave a warning", "Japan gave China a warning.", nil},
		{"gave a discount", "The company gave Brazil a big discount.", nil},
		{"offered a seat", "Japan offered China a seat.", nil},
		{"duty on a good", "The government said it raised the export duty on processed palm oil.", nil},
		{"tariffs on imports", "Japan raised tariffs on beef imports.", nil},
		{"stepped up exports", "The United States stepped up exports.", nil},
	}
	checkCodings(t, p, tests)
}
