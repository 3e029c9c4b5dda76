package actor_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/when"
)

// TestDatedOfficials checks people-dictionary entries added for officials
// whose stories gave them no country of their own: the code holds within
// the dated offices and falls back outside them, and a surname alone later
// in the article takes the full name's code by coreference.
func TestDatedOfficials(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Michael Duffy said farm subsidies were too high.\n\nDuffy leaves for Jakarta on Wednesday."
	for _, tc := range []struct {
		name, date, mention, want string
	}{
		{"in office in 1987", "1987-06-01", "Michael Duffy", "AUSGOV"},
		{"the surname by coreference", "1987-06-01", "Duffy", "AUSGOV"},
		{"out of the cabinet in 1989", "1989-06-01", "Michael Duffy", "AUSLEG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := new(annals.Doc)
			doc.Reset(annals.Article{ID: "t", Date: tc.date, Text: text})
			if doc.Pub, err = when.Parse(tc.date); err != nil {
				t.Fatal(err)
			}
			if err := p.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, m := range doc.Mentions {
				if s, _, _ := doc.Span(m.Tokens); s == tc.mention && m.Kind == annals.ActorMention {
					got = m.Code
				}
			}
			if got != tc.want {
				t.Errorf("%s: %q coded %q, want %q", tc.date, tc.mention, got, tc.want)
			}
		})
	}
}
