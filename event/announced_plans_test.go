package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestAnnouncedPlans checks acts planned through a verb that makes the plan
// public or adopts it ("announced plans to", "approved a plan to", "made
// plans to"): the verb's subject plans the act, coded as intended. A plan
// aimed at no party, a plan only owned, and a denied announcement stay
// uncoded.
func TestAnnouncedPlans(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"announced plans", "The U.S. Commerce Department announced plans to impose duties on Brazilian shoes.", []string{"USAGOV BRA 163"}},
		{"approved a plan", "The French cabinet approved a plan to help the government of Chad.", []string{"FRAGOV TCDGOV 033"}},
		{"made plans", "Britain made plans to protect Omani tankers from attack.", []string{"GBR OMN 0334"}},
		{"second infinitive", "Malaysia unveiled plans to cut spending and to expand trade with Japan.", []string{"MYS JPN 0311"}},
		// Nothing.
		{"no party", "The Senate approved a plan to seek negotiations with other countries.", nil},
		{"only owned", "Argentina's plans to build a nuclear plant worried environmentalists.", nil},
		{"not announced", "The U.S. Commerce Department did not announce plans to impose duties on Brazilian shoes.", nil},
	}
	checkCodingsOn(t, p, "1987-04-22", scoredCodings, tests)
}
