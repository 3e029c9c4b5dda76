package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestFromOwners checks that rejecting or criticising a suggestion, offer
// or claim "from" a named party aims at that party, a capital there
// standing for its government. The silent rows keep "from" phrases that
// name an origin (imports), that belong to a later phrase, or that name
// only the owner of the maker.
func TestFromOwners(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"suggestions from a capital", "Japan rejected suggestions from Washington that it should cut rice tariffs.", []string{"JPN USAGOV 120"}},
		{"claim from a capital", "The Russian government dismissed the claim from Berlin as groundless.", []string{"RUSGOV DEUGOV 111"}},
		{"offer of, from", "Japan rejected offers of a 10 pct cut from Washington.", []string{"JPN USAGOV 127"}},
		// Silent, or as before.
		{"maker's owner", "The British government decided to block bids from Italy's Gruppo Ferruzzi.", nil},
		{"later phrase", "Japanese legislators filed a complaint with their local headquarters calling for his expulsion from Washington.", nil},
		{"no put noun", "Japan rejected imports from Washington.", nil},
	}
	checkCodings(t, p, tests)
}
