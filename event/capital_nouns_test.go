package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCapitalNouns checks event nouns that wire copy capitalises after an
// abbreviation's full stop ("a U.S. Attack on"), read as the nouns they
// are, and the capitalised words of a title or name that stay names.
func TestCapitalNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"attack", "France voiced its comprehension for a U.S. Attack on an Iranian target.", []string{"USA IRN 190"}},
		{"agreement", "A U.K. Agreement with the U.S. Securities and Exchange Commission was signed last September.", []string{"GBR USA 057", "USA GBR 057"}},
		{"a title", "U.S. Trade Representative Clayton Yeutter said on Monday.", nil},
		{"no event noun", "The U.S. Navy said its ships were in the Gulf.", nil},
	}
	checkCodingsOn(t, p, "1987-04-10", codings, tests)
}
