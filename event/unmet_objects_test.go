package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestUnmetObjects checks round 74's rows, causes of false codings in the third
// hand-judged random sample of unread Reuters news: "met" a reaction or a
// mark read as a meeting; "to shoot for" a figure read as an attack; an
// "X-backed" modifier read as the target; the speaker of a reporting
// clause after a comma read as the target of an appeal; a firm closing an
// office read as reducing relations; pressing a state to open its market
// coded 1011 where the read sets code 020; and opposing a legislature's
// bill coded 110 where opposing a proposal is 120. The kept rows leave a
// meeting with a party, yielding to a party's demands, an attack on a
// party, a government closing its embassy and opposing a party's stance
// as they were.
func TestUnmetObjects(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped or recoded.
		{"met opposition", "Calls for a major overhaul of the U.S. banking industry have met strong opposition from private interest groups.", nil},
		{"met with resistance", "Sayad submitted a new package calling for a wage freeze, but met with opposition from Sarney.", nil},
		{"meet obligations", "Baka said Poland would meet its financial obligations to the U.S.", nil},
		{"shoot for", "Herrington said, \"I would like to shoot for one mln barrels a day to U.S. production.\"", nil},
		{"backed modifier", "UNITA has been fighting the Cuban-backed Angolan government since 1976.", []string{"AGOREB AGOGOV 190"}},
		{"reporter after comma", "Asked to comment on remarks by some U.S. officials calling for a further decline of the dollar, Miyazawa said only the U.S. President can make official statements.", nil},
		{"firm office", "Chemical Bank, the main subsidiary of Chemical New York Corp, is closing its representative office in Dubai, United Arab Emirates, a spokeswoman said.", nil},
		{"press to open", "Washington is pressing Taiwan to open its markets wider.", []string{"USAGOV TWN 020"}},
		{"oppose legislation", "Treasury Secretary James Baker said the administration still opposes Senate Banking Committee legislation.", []string{"USAGOV USALEG 120"}},
		// Kept.
		{"met a party", "Shultz met Soviet Foreign Minister Eduard Shevardnadze.", []string{"SUNGOV USAGOV 043", "USAGOV SUNGOV 043"}},
		{"shoot at", "Iranian gunboats shot at a Kuwaiti tanker.", []string{"IRN KWT 193"}},
		{"backed subject kept", "Nicaragua attacked Honduras.", []string{"NIC HND 190"}},
		{"call for a party", "The United States called for Iran and Iraq to end the war.", []string{"USA IRN 020", "USA IRQ 020"}},
		{"state closes embassy", "The United States closed its embassy in Libya.", []string{"USA LBY 161"}},
		{"oppose a stance", "Brazil opposed the U.S. position on the debt.", []string{"BRA USA 110"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
