package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestStateOrgans checks round 68's rows, three behaviours of the coder that
// made false codings in many read sets: a state's organ paired with the
// same state named bare (a role word given the story's country, acting on
// the country it is about), a meeting between two officials of one
// government (not coded by the convention), and a trip being set off on
// for talks coded as a visit made. The kept rows leave a people protesting
// its government, a country word that modifies the real party, an organ
// acting on a state named by its own words, a meeting of two governments
// and a trip already made as they were.
func TestStateOrgans(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped or recoded.
		{"role word on its own state", "Tokyo is under pressure over its trade surplus. Japan's exports rose again in March.\n\nLegislators called on Japan to spend more on defence.", nil},
		{"assembly on the state", "Turkey and Libya signed a maritime accord in Ankara on Monday.\n\nAn assembly of foreign ministers in Cairo denounced Turkey.", []string{"LBY TUR 057", "TUR LBY 057"}},
		{"state on a role word", "Nigeria's creditors want new terms.\n\nNigeria also plans to hold talks with a representative of the creditors.", nil},
		{"colleagues met", "Economy Minister Youssri Mustapha met President Hosni Mubarak in Cairo.", nil},
		{"president met his secretary", "President Reagan met Secretary of State George Shultz at the White House.", nil},
		{"leaves for talks", "Korean trade minister Rha Woong-bae leaves today for Ottawa for trade talks with Canadian officials.", []string{"CANGOV KORGOV 036", "KORGOV CANGOV 036"}},
		// Kept.
		{"organ on the named government", "Japan's exports rose again in March, officials in Tokyo said.\n\nLegislators called on the Japanese government to spend more on defence.", []string{"JPNLEG JPNGOV 020"}},
		{"country word modifies the party", "Japanese securities houses have asked the Finance Ministry to introduce bond auctions.", []string{"JPN JPNGOV 020"}},
		{"a people and its government", "Hongkongers have protested against their government since June.", []string{"HKG HKGGOV 141"}},
		{"two governments met", "Egyptian Economy Minister Youssri Mustapha met Soviet Foreign Minister Eduard Shevardnadze in Moscow.", []string{"EGYGOV SUNGOV 043", "SUNGOV EGYGOV 043"}},
		{"flew for talks", "Korean trade minister Rha Woong-bae flew to Ottawa yesterday for trade talks with Canadian officials.", []string{"KORGOV CANGOV 042"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
