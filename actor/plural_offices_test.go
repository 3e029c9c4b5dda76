package actor_test

import (
	"context"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// TestPluralOffices checks round 69's rule: a role word with no country of
// its own that stands for officials of several states (the plural of an
// office a state holds once, plain "ministers" gathered or beside an
// international body, a gathering of such officials) is given no country,
// where it used to take the story's. Rows where the story's country, a
// possessive owner or a same-state word must still win keep the rule from
// spreading.
func TestPluralOffices(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mexico := "Mexico welcomed the plan.\n\nMexican officials in Mexico City said Mexico would pay.\n\n"
	japan := "Japan rejected the charges.\n\nJapanese officials in Tokyo said Japan would not retaliate.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		// Several states.
		{"numbered governments", mexico + "Sixteen governments signed the Paris Club agreement last September.", "governments", ""},
		{"bare plural governments", mexico + "Governments agreed to reschedule the debt.", "Governments", ""},
		{"plural portfolio ministers", mexico + "He urged greater involvement of trade ministers in the talks.", "trade ministers", ""},
		{"plural foreign ministers", japan + "Several foreign ministers denounced the accord.", "foreign ministers", ""},
		{"a group of ministers", mexico + "The group of ministers met with the president at the palace.", "ministers", ""},
		{"ministers beside an international body", japan + "Ministers also called on the European Commission to prepare a report.", "Ministers", ""},
		{"an assembly of foreign ministers", japan + "An assembly of several foreign ministers in Cairo denounced the accord.", "assembly", ""},
		// One state.
		{"singular government stays the story's", mexico + "The government signed the agreement last September.", "The government", "MEXGOV"},
		{"plain ministers stay the story's", japan + "Ministers agreed to cut taxes.", "Ministers", "JPNGOV"},
		{"state governments stay the story's", mexico + "State governments agreed to cut spending.", "governments", "MEXGOV"},
		{"successive governments stay the story's", mexico + "Successive governments have borrowed abroad.", "governments", "MEXGOV"},
		{"former foreign ministers stay the story's", japan + "Two former foreign ministers criticised the government.", "foreign ministers", "JPNGOV"},
		{"an owner wins", japan + "Japan said its foreign ministers had met.", "foreign ministers", "JPNGOV"},
		{"a parliament stays the story's", japan + "The assembly of the ruling party met.", "The assembly", "JPNLEG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleCode(t, p, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}

// roleCode returns the code of the actor mention spanning mention in text,
// "" when the span is a role word left with no country, and "(none)" when
// no mention spans it, so that a row naming the wrong span fails.
func roleCode(t *testing.T, p *pipeline.Pipeline, text, mention string) string {
	t.Helper()
	doc := new(annals.Doc)
	doc.Reset(annals.Article{ID: "t", Date: "1987-04-13", Text: text})
	if err := p.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	got := "(none)"
	for _, m := range doc.Mentions {
		if s, _, _ := doc.Span(m.Tokens); s == mention {
			switch m.Kind {
			case annals.ActorMention:
				return m.Code
			case annals.AgentMention:
				got = ""
			}
		}
	}
	return got
}

// TestNamedFirmBefore checks that "the company" after a firm named with
// its own country in the same sentence takes that firm's code, and that a
// firm named with no country, or none, leaves the word to the story's.
func TestNamedFirmBefore(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	bangladesh := "Bangladesh rejected the offer.\n\nBangladeshi officials in Dhaka said Bangladesh would buy wheat.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a firm of another country", bangladesh + "Bangladesh may seek a penalty from Continental Grain Co of the United States, but is also asking the company to expedite shipment.", "the company", "USABUS"},
		{"a firm named with no country", bangladesh + "Bangladesh may seek a penalty from Continental Grain Co, but is also asking the company to expedite shipment.", "the company", "BGDBUS"},
		{"no firm named", bangladesh + "Bangladesh is asking the company to expedite shipment.", "the company", "BGDBUS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleCode(t, p, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
