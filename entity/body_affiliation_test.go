package entity_test

import (
	"context"
	"sync"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

var (
	pipeOnce sync.Once
	pipeVal  *pipeline.Pipeline
	pipeErr  error
)

// mustPipeline builds the whole pipeline once: round 56's rows need the
// stages in their production order (places before actors).
func mustPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	pipeOnce.Do(func() { pipeVal, pipeErr = pipeline.New(pipeline.Options{}) })
	if pipeErr != nil {
		tb.Fatalf("pipeline: %v", pipeErr)
	}
	return pipeVal
}

// TestBodyOfficer covers round 56: a person titled as the officer of a body
// that the actor stage coded by its shape, not from the dictionary, takes
// the body's code, so that "He" in the next sentence codes; a firm's legal
// form after a listed firm does not hide the apposition's end.
func TestBodyOfficer(t *testing.T) {
	const next = " He urged the government to cut taxes."
	tests := []struct {
		name, text, person, code string
	}{
		{"apposition of a trade body", "Dennis Benbow, chairman of the Australian Petroleum Exploration Association, said oil was important.",
			"Dennis Benbow", "AUSBUS"},
		{"title after a body and its acronym", "Oil is important, Australian Petroleum Exploration Association (APEA) chairman Dennis Benbow said.",
			"Dennis Benbow", "AUSBUS"},
		{"title after a body", "Prices will fall, Canadian Forest Industry Council chairman Adam Zimmerman told reporters.",
			"Adam Zimmerman", "CANBUS"},
		{"legal form after a listed firm", "Robert Binney, senior vice-president of Chase Manhattan Bank N.A., told a group of bankers.",
			"Robert Binney", "USABUS"},
		// Silent: the body names no country, so the actor stage codes none.
		{"body without a country", "Dennis Benbow, chairman of the Petroleum Exploration Association, said oil was important.",
			"Dennis Benbow", ""},
		// Silent: the apposition goes on past the body, so it is no title.
		{"apposition runs on", "Dennis Benbow, chairman of the Australian Petroleum Exploration Association in Sydney, said oil was important.",
			"Dennis Benbow", ""},
		// Silent: words after the firm that are no legal form.
		{"firm followed by other words", "Robert Binney, senior vice-president of Chase Manhattan Bank branch offices, told a group of bankers.",
			"Robert Binney", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, found, he := personAndSource(t, tc.text+next, tc.person, "He")
			if !found && tc.code != "" {
				t.Fatalf("no person %q", tc.person)
			}
			if found && code != tc.code {
				t.Errorf("%s coded %q, want %q", tc.person, code, tc.code)
			}
			if he != tc.code {
				t.Errorf("He coded %q, want %q", he, tc.code)
			}
		})
	}
}

// personAndSource codes text as an article of 1987-03-23 and returns the
// code of the person entity named person (found says whether there is
// one) and the code of the last event source written as word: what a
// person's title gave them, and whether a later mention of them codes.
func personAndSource(t *testing.T, text, person, word string) (code string, found bool, source string) {
	t.Helper()
	res, err := mustPipeline(t).Code(context.Background(), annals.Article{ID: "t", Text: text, Date: "1987-03-23"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Entities {
		if e.Type == "PERSON" && e.Name == person {
			code, found = e.Code, true
		}
	}
	for _, ev := range res.Events {
		if ev.Source != nil && ev.Source.Text == word {
			source = ev.Source.Code
		}
	}
	return code, found, source
}
