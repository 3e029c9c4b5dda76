package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestNounsWithPartiesOutside checks talks, meetings, visits and trips
// named by nouns whose party stands outside the noun's phrase: the subject
// acting before or ahead of talks it is to hold, the person "his" or "her"
// stands for, and a trip to a capital. Each rule has rows where it must
// stay silent or keep the held reading.
func TestNounsWithPartiesOutside(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Before, ahead of or prior to talks: the subject is a party, and
		// the talks lie ahead.
		{"ahead of talks", "Kenya cut its tariffs ahead of trade talks with Uganda.", []string{"KEN UGA 036", "UGA KEN 036"}},
		{"prior to talks", "Kenya cut tariffs prior to talks with Uganda.", []string{"KEN UGA 036", "UGA KEN 036"}},
		{"participle aside before a meeting", "Blinken, speaking before a meeting with Lavrov, said the economy was strong.", []string{"RUSGOV USAGOV 036", "USAGOV RUSGOV 036"}},
		{"before a meeting held on a day now past", "Blinken told reporters that before a meeting with Lavrov on Monday, the two had disagreed.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 043"}},
		{"after talks stays held", "Kenya cut its tariffs after talks with Uganda.", []string{"KEN UGA 043", "UGA KEN 043"}},
		// "his" or "her" owning the talks or visit stands for the person
		// named before it.
		{"his visit ahead", "Blinken said he hopes his visit to Moscow next week will help.", []string{"USAGOV RUSGOV 036"}},
		{"his meeting held", "Blinken said his meeting on Monday with Lavrov had resolved differences.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 043"}},
		{"his trip during a plan", "Blinken said he would raise trade during his trip to Moscow.", []string{"USAGOV RUSGOV 036"}},
		{"persons of two countries: his is either's", "Blinken praised Lavrov during his visit to Moscow.", []string{"USAGOV RUSGOV 051"}},
		{"one country's own talks", "Lavrov said his talks with Putin were useful.", nil},
		{"leaving on his visit: the verb tells it", "Blinken leaves on his visit to Moscow on Wednesday.", []string{"USAGOV RUSGOV 036"}},
		// A trip to a capital is a visit to its government; one called
		// off is none, and one announced lies ahead.
		{"trip to a capital", "Blinken's trip to Moscow drew criticism.", []string{"USAGOV RUSGOV 042"}},
		{"cancelled trip", "Blinken has cancelled a trip to Moscow.", nil},
		{"announced visit", "The announcement of Blinken's visit to Moscow surprised analysts.", []string{"USAGOV RUSGOV 036"}},
		{"tourists' trips are no state visit", "Kenyan tourists' trips to Paris rose.", nil},
	}
	checkCodings(t, p, tests)
}
