package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCapacityRoles checks that a role word after "as a|an" says in what
// capacity a party acts and is no party of its own, while parties listed
// after "such as" stay.
func TestCapacityRoles(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings(t, p, []codingCase{
		{"joined as an importer", "Kenya hosted the cocoa talks in Nairobi, and Kenya signed the pact. Poland joined as an importer.", []string{"KEN --- 045"}},
		{"spoke with as a suspect", "Kenyan police spoke with Anne Smith as a suspect.", nil},
		// Kept: parties listed after "such as".
		{"such as", "Kenya's president met groups such as the police.", []string{"KENGOV KENCOP 043"}},
	})
}
