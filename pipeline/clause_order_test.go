package pipeline_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestClausesInTokenOrder checks that the tagger lists an article's
// clauses in order of their first token, as its sentences come: the event
// coder then visits each sentence's clauses alone (event.clauseWindow),
// and would fall back to every clause of the article for each sentence.
func TestClausesInTokenOrder(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	seg := text.New()
	ctx := context.Background()
	doc := &annals.Doc{}
	clauses := 0
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 500) {
		doc.Reset(a)
		if err := seg.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
		if err := tg.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
		clauses += len(doc.Clauses)
		for i := 1; i < len(doc.Clauses); i++ {
			if doc.Clauses[i].Tokens.Start < doc.Clauses[i-1].Tokens.Start {
				t.Fatalf("article %s: clause %d starts at token %d, before clause %d at %d", doc.ID, i, doc.Clauses[i].Tokens.Start, i-1, doc.Clauses[i-1].Tokens.Start)
			}
		}
	}
	if clauses == 0 {
		t.Fatal("the tagger found no clause in 500 articles")
	}
}
