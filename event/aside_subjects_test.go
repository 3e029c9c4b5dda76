package event_test

import (
	"context"
	"slices"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// TestSubjectsBeforeAsides checks that the actors before a descriptive
// aside are the subject of the verb after it, when the aside holds a
// conjunction, opens with an adverb or runs long between dashes; an actor
// inside a prepositional phrase before the aside stays no subject.
func TestSubjectsBeforeAsides(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"an aside with a conjunction", "When the meeting ended, Japan and Brazil, the largest importer and exporter respectively, blamed one another for its failure.", []string{"BRA JPN 112", "JPN BRA 112"}},
		{"a long dashed aside", "Canada and Mexico - the two largest partners of the United States in the grain business - opened free trade talks last month.", []string{"CAN MEX 046", "MEX CAN 046"}},
		{"an aside opening with an adverb", "Canada, usually a firm backer of the farm policy, criticised Mexico.", []string{"CAN MEX 111"}},
		// Silent.
		{"an actor after a preposition", "Ships from Japan, the largest buyer of the ore, criticised Brazil.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)

	r, err := p.Code(context.Background(), annals.Article{ID: "note", Date: "1987-04-13", Text: tests[2].text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Events) != 1 || !slices.Contains(r.Events[0].Evidence.Notes, "source via the actors before an aside") {
		t.Errorf("%q: events %+v, want one whose evidence notes the actors before an aside", tests[2].text, r.Events)
	}
}
