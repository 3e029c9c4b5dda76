package where

import (
	"context"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestTokenShapes checks what word and capital rely on to read the
// flags alone: every token the segmenter and tagger leave is non-empty,
// and every one marked Cap or AllCaps is no punctuation, over every
// token of the first Reuters and Wikinews articles, titles included.
func TestTokenShapes(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	seg, ctx := text.New(), context.Background()
	for _, c := range []struct {
		file string
		n    int
	}{{"reuters21578.jsonl", 1000}, {"wikinews.jsonl", 500}} {
		tokens, capitals := 0, 0
		for _, art := range corpus.Articles(t, c.file, c.n) {
			d := &annals.Doc{}
			d.Reset(art)
			if seg.Annotate(ctx, d) != nil || tg.Annotate(ctx, d) != nil {
				continue
			}
			for i := range d.Tokens {
				tok := &d.Tokens[i]
				tokens++
				if tok.End <= tok.Start {
					t.Errorf("%s: token %q [%d,%d): empty", c.file, tok.Norm, tok.Start, tok.End)
				}
				if tok.Flags&(annals.Cap|annals.AllCaps) == 0 {
					continue
				}
				capitals++
				if tok.Flags&annals.Punct != 0 {
					t.Errorf("%s: token %q flags %b: capitalised punctuation", c.file, tok.Norm, tok.Flags)
				}
			}
		}
		if capitals == 0 || capitals == tokens {
			t.Errorf("%s: %d capitalised tokens of %d: the test reads nothing", c.file, capitals, tokens)
		}
	}
}
