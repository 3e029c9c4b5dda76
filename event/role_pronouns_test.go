package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestRolePronouns checks that a "he" or "she" whose antecedent is a
// single official named only by a role ("a senior Japanese official", "the
// Japanese minister") takes that role's code, across the one-sentence
// paragraphs of wire copy, and that it does not when a person stands
// between them, when the role is plural, or when the role speaks only
// inside a quotation and the pronoun stands outside one.
func TestRolePronouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"role then he", "A senior Japanese government official said the talks had been difficult.\n\nHe accused the United States of ignoring the progress made.", []string{"JPNGOV USA 112"}},
		{"role then he, paragraph later", "The Japanese minister for post and telecommunications spoke to reporters.\n\nThe yen has risen sharply this year.\n\nHe accused the United States of ignoring the progress made.", []string{"JPNGOV USA 112"}},
		{"role in the same sentence", "But the Japanese minister for post and telecommunications was reported as saying that he opposed Britain's bid.", []string{"JPNGOV GBR 120"}},
		// Unchanged: nobody, or no single role.
		{"plural role", "Japanese government officials said the talks had been difficult.\n\nHe accused the United States of ignoring the progress made.", nil},
		{"uncoded person between", "A senior Japanese government official said the talks had been difficult.\n\nLater, Bodenstab explained why he accused the United States of lying.", nil},
		{"role inside a quotation", "\"A senior Japanese government official has been here,\" the report said.\n\nHe accused the United States of ignoring the progress made.", nil},
		{"no role at all", "The talks had been difficult.\n\nHe accused the United States of ignoring the progress made.", nil},
	}
	checkCodings(t, p, tests)
}
