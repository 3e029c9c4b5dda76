package tag

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/text"
)

// eachTaggedSentence segments the first n Reuters articles and tags each
// sentence that has tokens with tg into sc, then calls fn with the
// article's id, its document and the sentence's token range, while sc
// still holds the sentence's readings: the loop the tests that compare a
// faster path with the old one over many articles share.
func eachTaggedSentence(t *testing.T, tg *Tagger, sc *scratch, n int, fn func(id string, doc *annals.Doc, r annals.Range)) {
	t.Helper()
	seg := text.New()
	docs := 0
	corpus.Each(t, "reuters21578.jsonl", func(a annals.Article) bool {
		doc := &annals.Doc{Article: a}
		if seg.Annotate(context.Background(), doc) != nil {
			return true
		}
		for _, s := range doc.Sentences {
			toks := doc.Tokens[s.Tokens.Start:s.Tokens.End]
			if len(toks) == 0 {
				continue
			}
			sc.grow(len(toks))
			tg.tagSentence(toks, s.Title, sc)
			fn(a.ID, doc, s.Tokens)
		}
		docs++
		return docs < n
	})
}
