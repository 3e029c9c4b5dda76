package pipeline

import (
	"context"
	"strings"
	"testing"

	annals "github.com/annals-project/annals"
)

// panicStage fails the way a stage with an indexing bug does.
type panicStage struct{}

func (panicStage) Annotate(_ context.Context, doc *annals.Doc) error {
	if strings.Contains(doc.Text, "boom") {
		var a []int
		_ = a[len(doc.Text)]
	}
	return nil
}

// TestCodeRecovers checks that a stage's panic becomes the article's
// EINTERNAL error, naming it, and that the pipeline goes on coding the
// next article.
func TestCodeRecovers(t *testing.T) {
	p := &Pipeline{stages: []annals.Stage{panicStage{}}}
	p.pool.New = func() any { return new(annals.Doc) }
	ctx := context.Background()
	_, err := p.Code(ctx, annals.Article{ID: "a1", Text: "boom goes the stage"})
	if err == nil {
		t.Fatal("a panicking stage gave no error")
	}
	if annals.ErrorCode(err) != annals.EINTERNAL || !strings.Contains(err.Error(), "article a1") {
		t.Fatalf("error %q: want an EINTERNAL error naming article a1", err)
	}
	res, err := p.Code(ctx, annals.Article{ID: "a2", Text: "a quiet article"})
	if err != nil || res == nil || res.ID != "a2" {
		t.Fatalf("the next article: result %+v, error %v", res, err)
	}
}
