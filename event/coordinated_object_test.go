package event_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// TestSecondVerbParty checks that the second verb of a predicate joined by
// "and" takes the party of the first: its object pronoun stands for the
// first verb's object, and a pattern that found no target of its own takes
// the target the first verb was coded with, when the pattern needs none,
// its words open with a possessive for that party, or it is an agreement
// made after a meeting. A pattern that names its own party, and a stance of
// the subject's own, stay as they were.
func TestSecondVerbParty(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"an object pronoun", "France met Germany and urged it to cut interest rates.", []string{"DEU FRA 043", "FRA DEU 020", "FRA DEU 043"}},
		{"a verb that takes no target", "Miyazawa met with Treasury Secretary James Baker and discussed exchange rates.", []string{"JPNGOV USAGOV 040", "JPNGOV USAGOV 043", "USAGOV JPNGOV 043"}},
		{"a possessive for the first party", "Iran seized three Kuwaiti boats and detained their crews.", []string{"IRN KWT 171", "IRN KWT 173"}},
		{"an agreement after a meeting", "Japan met Britain and agreed to support the Louvre accord.", []string{"GBR JPN 043", "JPN GBR 032", "JPN GBR 043"}},
		// Silent.
		{"a party the pattern names", "Sweden announced sanctions against South Africa and gave firms a deadline to cut links.", []string{"SWE ZAF 163"}},
		{"a stance of the subject's own", "Canada met Mexico and reaffirmed its commitment to the accord.", []string{"CAN MEX 043", "MEX CAN 043"}},
		{"a subject of its own", "France met Germany and Germany urged it to cut interest rates.", []string{"DEU FRA 020", "FRA DEU 043"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)

	r, err := p.Code(context.Background(), annals.Article{ID: "note", Date: "1987-04-13", Text: tests[1].text})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(r.Events, func(e annals.Event) bool { return e.Code == "040" })
	if i < 0 || !slices.ContainsFunc(r.Events[i].Evidence.Notes, func(n string) bool { return strings.Contains(n, "one subject's two verbs") }) {
		t.Errorf("%q: events %+v, want a 040 whose evidence notes the first verb's party", tests[1].text, r.Events)
	}
}
