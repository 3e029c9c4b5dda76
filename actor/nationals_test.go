package actor_test

import (
	"context"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// TestNationals checks that a person whom no dictionary lists takes the
// nationality the text gives them in apposition, and that "the accused"
// refers back to them.
func TestNationals(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"nationality before the name", "An Australian, John Smith, was charged in New Zealand.", "John Smith", "AUSCVL"},
		{"nationality after the name", "John Smith, an Australian, was charged in New Zealand.", "John Smith", "AUSCVL"},
		{"the surname later", "An Australian, John Smith, was charged in New Zealand. Smith denied it.", "Smith", "AUSCVL"},
		{"the accused later", "An Australian, John Smith, was charged in New Zealand. Police questioned the accused.", "the accused", "AUSCVL"},
		{"no apposition, the focus country", "John Smith was charged in New Zealand. Police questioned the accused.", "the accused", "NZLCVL"},
		{"a role word read as the verb is no agent", "China accused Japan of spying.", "China", "CHN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}

// TestOwners checks role words owned by an actor named around them: a
// possessive pronoun, an "of" phrase, and a country an all-capitals headline
// names, which decides the country of unnamed officials.
func TestOwners(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, title, text, mention, want string
	}{
		{"its troops", "", "Kenya said its troops had killed ten Ugandans in a raid in Uganda.", "troops", "KENMIL"},
		{"without its, the focus country", "", "Kenya said troops had killed ten Ugandans in a raid in Uganda.", "troops", "UGAMIL"},
		{"a role of a country", "", "The Prime Minister of Kenya met Ugandan officials.", "The Prime Minister of Kenya", "KENGOV"},
		{"an office of a country's labour body", "", "Juan Lechin, secretary general of the Bolivian Labour Organization, met Kenyan officials.", "secretary general", "BOLLAB"},
		{"the country a role comes from", "", "Officials from Kenya met Ugandan traders.", "Officials from Kenya", "KENGOV"},
		{"a firm is no country to come from", "", "A spokesman from the World Bank met Ugandan officials.", "spokesman", "UGAGOV"},
		{"a capitals headline", "KENYA REJECTS TRADERS PLEA", "The central bank governor rejected a plea by traders who sell to Uganda and Tanzania.", "traders", "KENBUS"},
		{"a firm's name in a capitals headline", "AMERICAN TRADERS SIGN DEAL", "The central bank governor rejected a plea by traders who sell to Uganda and Tanzania.", "traders", "UGABUS"},
		{"a field noun before the role", "", "Kenya met Swedish trade officials.", "Swedish trade officials", "SWEGOV"},
		{"field nouns before a minister", "", "Kenya met the Guinean natural resources minister.", "the Guinean natural resources minister", "GINGOV"},
		{"no role after the noun: the nationality alone", "", "Kenya cut its Swedish trade surplus.", "Swedish", "SWE"},
		{"foreign governments are no country's", "", "Kenya appealed for aid from foreign governments in Uganda.", "governments", ""},
		{"ministers from many countries", "", "Finance ministers from African countries met in Kenya.", "Finance ministers", ""},
		{"other governors stay the story's", "", "Other governors in Kenya met Ugandan officials.", "governors", "KENGOV"},
		{"bankers in a debt story are creditors", "", "Kenya suspended payments to its creditors pending a rescheduling. Kenya's finance minister met senior commercial bankers.", "bankers", ""},
		{"banks in other news stay the story's", "", "Kenya's central bank rescued two commercial banks.", "banks", "KENBUS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, tc.title, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}

// mentionCode annotates one article and returns the code of the actor
// mention whose text is mention, or "".
func mentionCode(t *testing.T, p *pipeline.Pipeline, title, text, mention string) string {
	t.Helper()
	doc := new(annals.Doc)
	doc.Reset(annals.Article{ID: "t", Date: "2021-10-13", Title: title, Text: text})
	if err := p.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, m := range doc.Mentions {
		if s, _, _ := doc.Span(m.Tokens); s == mention && m.Kind == annals.ActorMention {
			got = m.Code
		}
	}
	return got
}

// TestRoleOfLapsedActor checks that a role word after an actor whose codes
// have all lapsed on the article's date ("the Soviet foreign minister" in
// 2021) adds no mention and lends its role to no other mention: the role
// text used to be written on the last mention before it, or past the end of
// an empty list.
func TestRoleOfLapsedActor(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The Soviet foreign minister arrived.",
		"Kenya said the Soviet foreign minister arrived.",
	} {
		doc := new(annals.Doc)
		doc.Reset(annals.Article{ID: "lapsed", Date: "2021-10-13", Text: text})
		doc.Pub = time.Date(2021, 10, 13, 0, 0, 0, 0, time.UTC)
		if err := p.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for _, m := range doc.Mentions {
			if m.Kind == annals.ActorMention && m.Role == "foreign minister" {
				tx, _, _ := doc.Span(m.Tokens)
				t.Errorf("%q: %q took the lapsed actor's role", text, tx)
			}
		}
	}
}
