package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestNamingRelatives checks that the party who names a thing in a "what"
// relative ("what he called", "in what the administration called") is not
// taken as the target of the act, while a party named as the object is.
func TestNamingRelatives(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"what bankers called", "Taiwan imposed currency controls today in what bankers called a desperate move.", nil},
		{"what the administration called", "U.S. naval forces raided an oil platform in what the administration called a measured response.", nil},
		{"object named", "U.S. naval forces raided an Iranian oil platform.", []string{"USAMIL IRN 190"}},
	}
	checkCodingsOn(t, p, "1987-10-20", scoredCodings, tests)
}
