package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPostureOwners checks that a force posture whose only target names
// the maker or owner of the weapon or force is not coded, while a posture
// aimed at a land named after a preposition still is.
func TestPostureOwners(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"force owner", "The Reagan administration plans to increase the U.S. military presence in the Gulf.", nil},
		{"weapon maker", "Egypt would build the U.S. M-1A1 battle tank under licence.", nil},
		{"flown over", "Turkish jets flew over Cyprus yesterday.", []string{"TUR CYP 150"}},
	}
	checkCodingsOn(t, p, "1987-04-20", scoredCodings, tests)
}
