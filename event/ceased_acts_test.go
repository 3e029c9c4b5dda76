package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCeasedActs checks that a gerund after a verb of stopping is not
// coded as an act done, while the same act stated outright still is.
func TestCeasedActs(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"stop", "Hong Kong Chief Executive Carrie Lam said the government will listen. \"We have to put aside differences and stop attacking each other\".", nil},
		{"stop after and", "Iraq will meet Iran and stop attacking Iranian oil tankers.", []string{"IRN IRQ 036", "IRQ IRN 036"}}, // the meeting stays
		{"ceased", "Iraq ceased shelling Iranian towns on Monday.", []string{"IRQ IRN 087"}},                                      // the ceasing itself, not the shelling
		{"refrained", "Japan refrained from criticising the United States.", nil},
		{"attacked", "Iraq attacked Iranian towns on Monday.", []string{"IRQ IRN 190"}},
		{"criticised", "Japan criticised the United States.", []string{"JPN USA 111"}},
	}
	checkCodingsOn(t, p, "1987-10-20", scoredCodings, tests)
}
