package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCapacityAs checks that an office named after "as" and a party named
// after "on behalf of" are not taken as targets; a clause after the
// conjunction "as" and "such as" lists keep their parties.
func TestCapacityAs(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"behalf", "The Japanese ambassador spoke on behalf of the European Community.", nil},
		{"with", "The Japanese ambassador spoke with the European Community.", []string{"JPNGOV IGOEUREEC 040"}},
		{"as the governor", "Ricardo Rossello resigned as the governor of the United States commonwealth of Puerto Rico.", nil},
		{"as a clause", "Japan criticised Iran as the United States did.", []string{"JPN IRN 111"}},
		{"such as", "The rebels attacked troops of several states, such as the Iraqi army.", []string{"IRQREB IRQMIL 190"}},
	}
	checkCodingsOn(t, p, "1987-10-20", scoredCodings, tests)
}
