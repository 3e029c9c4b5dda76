package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestSponsorBeforeName checks that a country before "-led" or "-backed"
// sponsors the name after it, which is the actor, while a sponsored common
// noun keeps the sponsor as its actor.
func TestSponsorBeforeName(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"led body", "The Soviet-led Comecon criticised the European Community.", []string{"IGOEURCME IGOEUREEC 111"}},
		{"backed rebels", "U.S.-backed Contra rebels attacked Nicaraguan troops.", []string{"NICREB NICMIL 190"}},
		{"backed troops of a nationality", "Cuban-backed Angolan troops attacked UNITA rebels.", []string{"AGOMIL AGOREB 190"}},
		{"a led coalition stays the sponsor's", "The U.S.-led coalition attacked Iraq.", []string{"USA IRQ 190"}},
	}
	checkCodingsOn(t, p, "1987-04-01", codings, tests)
}
