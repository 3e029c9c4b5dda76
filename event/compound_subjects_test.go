package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCompoundSubjectsAndContrastClauses checks that parties an "except"
// phrase takes out of a group neither act nor act on each other, that a
// list ending in a pronoun before a singular verb is two clauses ("spoken
// to the leader and he has agreed"), and that a target is not sought past
// ", but" right after the pattern's words; lists acting together, before
// a plural verb, and plain targets stay.
func TestCompoundSubjectsAndContrastClauses(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a list acting together", "Japan and Australia agreed to sign a new trade accord.", []string{"AUS JPN 032", "JPN AUS 032"}},
		{"a list before a plural verb", "Officials said France and Japan have agreed to set up a company.", []string{"FRA JPN 030", "JPN FRA 030"}},
		{"a pronoun in a list before a plural verb", "Senate Banking Committee chairman William Proxmire said the bill would pass. Proxmire said Treasury Secretary James Baker and he have agreed to support Mexico.", []string{"USAGOV MEX 032", "USALEG MEX 032"}},
		{"a pronoun opening a clause", "Senate Banking Committee chairman William Proxmire met Treasury Secretary James Baker on Monday. Proxmire said he had spoken to the Senate majority leader and he has agreed to bring the bill up promptly.", []string{"USAGOV USALEG 043", "USALEG USAGOV 043"}},
		{"a welcome with its target", "Japan welcomed the move by Australia to lift the ban.", []string{"JPN AUS 051"}},
		{"a welcome before but", "The U.S. Commodity Futures Trading Commission approved the new contracts on Monday. Japanese brokers also welcomed the move, but a spokesman for Nomura Securities said investors would want more.", nil},
		{"a name past an other-than phrase", "Other than the EC, Japan agreed to buy more wheat from Australia.", []string{"JPN AUS 0311"}},
		{"a name past an other-than clause", "Other than that, Japan agreed to buy more wheat from Australia.", []string{"JPN AUS 0311"}},
		// Silent.
		{"an excepted pair", "All the producers except Zaire and Australia agreed to adhere to the quotas.", nil},
		{"excluding a pair", "Every member excluding Brazil and Mexico has agreed to cut output.", nil},
		{"other than a pair", "Producers other than Ghana and Nigeria agreed to hold stocks.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
