package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestAppealBeneficiaries checks that an actor in a second "for" phrase of
// an appeal, who would gain from what is asked, is not taken as the party
// appealed to, while the party in the appeal's own "+" slot stays.
func TestAppealBeneficiaries(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"powers for a body", "The United States has appealed for stronger powers for the General Agreement on Tariffs and Trade to enforce trade rules.", []string{"USA IGOBUSWTO 020"}},
		{"zone for refugees", "The Turkish statement called for a safe zone for Syrian refugees to be set up.", nil},
		{"relief for an industry", "President Reagan called for continued treatment for Romanian exports to the United States.", nil},
		{"body appealed to", "The United States has appealed to the General Agreement on Tariffs and Trade for stronger powers.", []string{"USA IGOBUSWTO 020"}},
	})
}
