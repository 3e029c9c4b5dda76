package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestMeetingPurpose checks that an infinitive of purpose after a meeting
// with a party ("will meet X next week to seek aid") is coded with the
// meeting's subject as its source and the party met as its target, in the
// meeting's mode, and that a trip to a place, a gathering at one, a
// condition, an adjective's complement ("willing to") and force stay
// silent.
func TestMeetingPurpose(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"an appeal of no target", "Nigerian officials will meet Japanese officials next week to seek aid.", []string{"NGAGOV JPNGOV 023", "NGAGOV JPNGOV 036"}},
		{"time words joined by and", "The American delegations will meet West German government officials today and tomorrow to lobby for support.", []string{"DEUGOV USAGOV 036", "USAGOV DEUGOV 022", "USAGOV DEUGOV 036"}},
		{"talks held to discuss", "A World Bank mission held talks with Brazilian officials to discuss the loans.", []string{"BRAGOV IGODEVWBK 043", "IGODEVWBK BRAGOV 040", "IGODEVWBK BRAGOV 043"}},
		// Silent.
		{"a trip to a country", "The Venezuelan minister will visit Japan to seek new credits.", []string{"VENGOV JPN 036"}},
		{"a gathering at a place", "Thousands of Japanese farmers gathered in central Tokyo to seek support.", []string{"JPNAGR JPNGOV 044"}},
		{"an adjective's complement", "Nigerian officials met Japanese officials eager to seek aid.", []string{"JPNGOV --- 023", "JPNGOV NGAGOV 043", "NGAGOV JPNGOV 043"}},
		{"force is no purpose of talks", "U.S. negotiators opened talks with Japanese officials to try to force Japan to open its market.", []string{"JPNGOV USAGOV 046", "USAGOV JPNGOV 046"}},
		{"a meeting denied", "Nigerian officials did not meet Japanese officials to seek aid.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
