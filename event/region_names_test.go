package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestRegionNames checks the longer region names of
// data/actors/countries.txt: "New England" is a region of the United
// States, and "England" inside it must not read as Britain; plain
// "England" stays Britain.
func TestRegionNames(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-03-16", scoredCodings, []codingCase{
		{"New England", "Canada criticized New England for its new electricity tariffs.", []string{"CAN USA 111"}},
		{"England", "Canada criticized England for its new electricity tariffs.", []string{"CAN GBR 111"}},
	})
}
