package text_test

import (
	"context"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/text"
)

// TestSplitHyphens checks that a word broken after its hyphen by a line
// wrap is one token spanning the original bytes, and that hyphens left
// open before a shared second half, after numbers, and dashes between
// clauses are not joined.
func TestSplitHyphens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // each token's text, then "=" and its Norm where that differs
	}{
		{"line-wrap split", "a wide- ranging accord", []string{"a", "wide- ranging=wide-ranging", "accord"}},
		{"number word", "a new five- year pact", []string{"a", "new", "five- year=five-year", "pact"}},
		{"capital first half", "Non- members include", []string{"Non- members=non-members", "include"}},
		{"after a compound", "over-the- counter trading", []string{"over-the- counter=over-the-counter", "trading"}},
		{"two in a row", "long- term co- operation", []string{"long- term=long-term", "co- operation=co-operation"}},
		{"at the end", "hyper- inflation.", []string{"hyper- inflation=hyper-inflation", "."}},
		{"shared half before and", "pre- and post-war", []string{"pre", "-", "and", "post-war"}},
		{"shared half then a split", "medium- and long- term debt", []string{"medium", "-", "and", "long- term=long-term", "debt"}},
		{"number range", "a 10- to 15-year loan", []string{"a", "10", "-", "to", "15-year", "loan"}},
		{"number before a word", "a 10- year loan", []string{"a", "10", "-", "year", "loan"}},
		{"words range", "two- to five-year", []string{"two", "-", "to", "five-year"}},
		{"dash between clauses", "prices rose - traders said", []string{"prices", "rose", "-", "traders", "said"}},
		{"dash glued to neither", "prices rose -traders said", []string{"prices", "rose", "-", "traders", "said"}},
		{"capital after the space", "the Franco- German pact", []string{"the", "Franco", "-", "German", "pact"}},
		{"two spaces", "wide-  ranging", []string{"wide", "-", "ranging"}},
		{"double hyphen", "rose-- traders", []string{"rose", "--", "traders"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, k := range text.Tokenize(tt.in, nil) {
				s := tt.in[k.Start:k.End]
				if k.Norm != strings.ToLower(s) {
					s += "=" + k.Norm
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSplitHyphensAnnotate checks the join in a title and a text together:
// the title's join moves the text's tokens down, and every sentence and
// paragraph still starts at its own token.
func TestSplitHyphensAnnotate(t *testing.T) {
	doc := &annals.Doc{Article: annals.Article{
		Title: "Talks on a long- term accord",
		Text:  "They signed a wide- ranging accord.\n\nA five- year pact followed.",
	}}
	if err := text.New().Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var sents []string
	for _, s := range doc.Sentences {
		var words []string
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			words = append(words, doc.Tokens[i].Norm)
		}
		sents = append(sents, strings.Join(words, " "))
	}
	want := []string{"talks on a long-term accord", "they signed a wide-ranging accord .", "a five-year pact followed ."}
	if strings.Join(sents, "|") != strings.Join(want, "|") {
		t.Errorf("sentences %q, want %q", sents, want)
	}
	if k := doc.Tokens[doc.Sentences[1].Tokens.Start+3]; doc.Text[k.Start:k.End] != "wide- ranging" || !k.Has(annals.Hyphen) {
		t.Errorf("joined token %q flags %v", doc.Text[k.Start:k.End], k.Flags)
	}
	if !doc.Tokens[doc.Sentences[2].Tokens.Start].Has(annals.ParaStart) {
		t.Error("second paragraph lost its start")
	}
}
