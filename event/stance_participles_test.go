package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestStanceParticiples checks that a stance told by an adjective or a
// participle after "be" is the subject's act on the party it names: not a
// passive whose subject is the target, not held when negated, and not
// aimed at an actor past the first phrase of its object.
func TestStanceParticiples(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"opposed to a proposal", "Spain is firmly opposed to the proposal by the European Commission.", []string{"ESP IGOEUREEC 120"}},
		{"opposed by is a passive", "The proposal was opposed by Spain.", nil},
		{"opposed to no party", "Spain and Portugal are opposed to the new quotas.", nil},
		{"satisfied with", "Canada was satisfied with the U.S. decision, the minister said.", []string{"CAN USA 051"}},
		{"pleased with a role", "Mexico is pleased with the role the World Bank has played.", []string{"MEX IGODEVWBK 051"}},
		{"disappointed with", "Japan was disappointed with the European Community, Tamura said.", []string{"JPN IGOEUREEC 110"}},
		{"critical of", "Opposition leaders have been highly critical of the Brazilian government.", []string{"BRAOPP BRAGOV 111"}},
		{"not satisfied", "Canada was not satisfied with the U.S. decision.", nil},
		{"not critical", "Mexico is not critical of the United States.", nil},
		{"also not happy", "Korea is also not entirely happy with the U.S. proposal.", nil},
		{"hypothetical", "Canada would be satisfied with a U.S. decision to cut tariffs.", nil},
		{"past the object's phrase", "Britain was dissatisfied with the exchange's response to France's demands.", nil},
		{"criticism of a policy", "Farm groups have been critical of the new tax.", nil},
	}
	checkCodingsOn(t, p, "1987-04-20", scoredCodings, tests)
}
