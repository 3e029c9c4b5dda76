package event_test

import (
	"context"
	"slices"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// TestFrontedClauseSubjects checks that a gerund clause opening the
// sentence takes the main clause's subject as its source when its object
// is an actor, and that the actors of its circumstances, a gerund with no
// actor for object and an actor before the comma code nothing.
func TestFrontedClauseSubjects(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a bare gerund", "Accusing the French of overfishing, Canada yesterday said that its fishermen would be protected.", []string{"CAN FRA 112"}},
		{"after a subordinator", "After visiting the United States and France, Funaro is now on his way home.", []string{"BRAGOV FRA 042", "BRAGOV USA 042"}},
		{"a subject read as an appositive", "Criticising the United States, Japan said the tariffs were unfair.", []string{"JPN USA 111"}},
		{"a name for object", "Criticising Israel over the raid, Egypt said the attack was unjustified.", []string{"EGY ISR 111"}},
		{"a name for object, also an adjective", "Accusing Japan of dumping microchips, the United States said it would raise tariffs.", []string{"USA JPN 112"}},
		// Silent.
		{"an actor in the circumstances", "Talking to journalists before a meeting of European Community ministers, Tietmeyer declined to comment.", nil},
		{"an actor modifying the object", "Welcoming the Japanese proposals, the company said it would study them.", nil},
		{"without: an act not done", "Without criticising Japan, Canada said the tariffs were unfair.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)

	r, err := p.Code(context.Background(), annals.Article{ID: "note", Date: "1987-04-13", Text: tests[0].text})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Events) != 1 || !slices.Contains(r.Events[0].Evidence.Notes, "source via fronted clause") {
		t.Errorf("%q: events %+v, want one whose evidence notes the fronted clause", tests[0].text, r.Events)
	}
}
