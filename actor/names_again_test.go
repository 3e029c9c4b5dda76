package actor_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// TestNamesAgain checks the actors that round 37 taught annals to recognise:
// a person named again by part of a name found earlier (a surname of two
// words, a family name written first, a given name used as custom has it),
// an office whose capitalised modifiers the role dictionary lists ("Foreign
// Trade Minister"), and a bare role word joined by "and" to a group actor
// of some country. Each rule has a row that must not fire.
func TestNamesAgain(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
		linked                    bool // the mention must be linked to a person found earlier
	}{
		// Part of a name found earlier.
		{"surname of two words", "Belgian Trade Minister Herman De Croo said the community would retaliate.\n\nDe Croo met U.S. officials.", "De Croo", "BELGOV", true},
		{"family name first", "South Korean Finance Minister Chung In-yong will resist pressure for a revaluation.\n\nThey said Chung would leave on Monday.", "Chung", "KORGOV", true},
		{"given name as used", "Ethiopian trade minister Tesfay Dinka said prices had fallen.\n\nTesfay accused the West of intransigence.", "Tesfay", "ETHGOV", true},
		{"a name part before the name is no reference", "De Croo arrived on Monday.\n\nBelgian Trade Minister Herman De Croo said the community would retaliate.", "De Croo", "", true},
		{"a name part shared by two people is left alone", "South Korean Finance Minister Kim Man-je met Japanese Trade Minister Kim Tanaka.\n\nKim said the talks went well.", "Kim", "", true},
		// Capitalised modifiers of an office the dictionary lists.
		{"foreign trade minister", "Belgian Foreign Trade Minister Herman De Croo said the community would retaliate.\n\nDe Croo met U.S. officials.", "De Croo", "BELGOV", true},
		{"whole title", "Belgian Foreign Trade Minister Herman De Croo said the community would retaliate.", "Belgian Foreign Trade Minister Herman De Croo", "BELGOV", false},
		// A bare role word after "and".
		{"role word after a group", "South Korean Trade Minister Rha Woong-bae said South Korea's exports to South Korea's partners would rise.\n\nRha leaves today for trade talks with Canadian officials and businessmen.", "businessmen", "CANBUS", false},
		{"role word after an IGO's officials", "Japan said the talks went well.\n\nTamura met EC officials and diplomats in Brussels.", "diplomats", "IGOEUREEC", false},
		{"a bare country gives nothing", "South Korean Trade Minister Rha Woong-bae said exports would rise.\n\nTalks between Canada and businessmen went well.", "businessmen", "KORBUS", false},
		{"two people of two offices", "Turkey's parliament approved the accord.\n\nThe agreement was signed by Secretary of State George Shultz and Foreign Minister Vahit Halefoglu.", "Foreign Minister Vahit Halefoglu", "TURGOV", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code := mentionCode
			if tc.linked {
				code = linkedCode
			}
			if got := code(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}

// linkedCode returns the code of the actor mention with text mention that
// the entity stage linked to a person, or "": the coder's own guesses for
// unlisted people stay out of the check.
func linkedCode(t *testing.T, p *pipeline.Pipeline, title, text, mention string) string {
	t.Helper()
	doc := new(annals.Doc)
	doc.Reset(annals.Article{ID: "t", Date: "1987-03-03", Title: title, Text: text})
	if err := p.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for _, m := range doc.Mentions {
		if s, _, _ := doc.Span(m.Tokens); s == mention && m.Kind == annals.ActorMention && m.Entity >= 0 {
			return m.Code
		}
	}
	return ""
}
