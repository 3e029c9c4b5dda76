package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTimePhraseBetweenPatternWords checks that a date between the words of
// a pattern ("agreed on February 22 to", "held talks here on Friday with")
// no longer hides the act it dates, as a venue ("in Paris") never did: the
// date says when, not who or what. A date cannot bridge a clause, and a
// pattern word that must stand right after the verb still must.
func TestTimePhraseBetweenPatternWords(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"agreed on a date to", "Kenya and Uganda agreed on February 22 to cooperate on trade.", []string{"KEN UGA 031", "UGA KEN 031"}},
		{"agreed in a month after a venue", "Kenya and Uganda agreed in Paris in late February to cooperate on trade.", []string{"KEN UGA 031", "UGA KEN 031"}},
		{"three parties agreeing on a date form a ring", "Kenya, Uganda and Tanzania agreed on Tuesday to cooperate on trade.", []string{"KEN UGA 031", "TZA KEN 031", "UGA TZA 031"}},
		{"talks held in a month with", "Blinken held talks in March with Lavrov.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 043"}},
		{"signed on a day an agreement with", "Kenya signed on Tuesday an agreement with Uganda.", []string{"KEN UGA 057", "UGA KEN 057"}},
		{"met this morning with", "Blinken met this morning with Lavrov.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 043"}},
		// The date takes nothing away: with no pattern word after it,
		// nothing is coded, and no actor after it becomes a party.
		{"a date and no pattern word", "Kenya agreed on Tuesday.", nil},
	}
	checkCodings(t, p, tests)
}
