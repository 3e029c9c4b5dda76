package tag_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

var (
	taggerOnce sync.Once
	taggerVal  *tag.Tagger
	taggerErr  error
)

// MustTagger returns a Tagger shared by the tests.
func MustTagger(tb testing.TB) *tag.Tagger {
	tb.Helper()
	taggerOnce.Do(func() { taggerVal, taggerErr = tag.New() })
	if taggerErr != nil {
		tb.Fatalf("tag.New: %v", taggerErr)
	}
	return taggerVal
}

// MustAnnotate segments and tags s as the text of an article.
func MustAnnotate(tb testing.TB, s string) *annals.Doc {
	tb.Helper()
	doc := &annals.Doc{Article: annals.Article{ID: "t", Text: s}}
	if err := text.New().Annotate(context.Background(), doc); err != nil {
		tb.Fatalf("text: %v", err)
	}
	if err := MustTagger(tb).Annotate(context.Background(), doc); err != nil {
		tb.Fatalf("tag: %v", err)
	}
	return doc
}

// tagged renders the tokens of doc as word/TAG/lemma.
func tagged(doc *annals.Doc) string {
	var b strings.Builder
	for si := range doc.Sentences {
		r := doc.Sentences[si].Tokens
		for i := r.Start; i < r.End; i++ {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s/%s", doc.TokenText(si, i), doc.Tokens[i].Tag)
		}
	}
	return b.String()
}

// span returns the text of token range r.
func span(doc *annals.Doc, r annals.Range) string {
	s, _, _ := doc.Span(r)
	return s
}

// clauses renders the clauses of doc as Kind[text]^parent.
func clauses(doc *annals.Doc) string {
	names := map[annals.ClauseKind]string{annals.MainClause: "Main", annals.Coordinate: "Coord", annals.Relative: "Rel", annals.Reported: "Rep", annals.Subordinate: "Sub", annals.Parenthetical: "Paren"}
	var parts []string
	for _, c := range doc.Clauses {
		s := fmt.Sprintf("%s[%s]", names[c.Kind], span(doc, c.Tokens))
		if c.Parent >= 0 {
			s += fmt.Sprintf("^%d", c.Parent)
		}
		if c.Antecedent >= 0 {
			s += fmt.Sprintf("@%s", doc.Tokens[c.Antecedent].Norm)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// verbs renders the verb groups of doc.
func verbs(doc *annals.Doc) string {
	var parts []string
	for _, v := range doc.Verbs {
		s := fmt.Sprintf("{%s head=%s t=%d", span(doc, v.Tokens), doc.Tokens[v.Head].Lemma, v.Tense)
		if v.Negated {
			s += " neg"
		}
		if v.Modal != "" {
			s += " modal=" + v.Modal
		}
		if v.Passive {
			s += " pass"
		}
		s += fmt.Sprintf(" c=%d}", v.Clause)
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}
