package entity_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/cameo"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/entity"
	"github.com/annals-project/annals/quote"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
	"github.com/annals-project/annals/when"
	"github.com/annals-project/annals/where"
)

// stages is the pipeline up to and including the entity stage.
type stages struct {
	before []annals.Stage // text, tag, actor, where, when, quote
	res    *entity.Resolver
}

var (
	stagesOnce sync.Once
	stagesVal  *stages
	stagesErr  error
)

// mustStages builds the real stages once per test binary. The dictionaries
// are compiled from the repository's data directory with dict.Load (the
// same files pipeline.LoadDefaultDict embeds).
func mustStages(tb testing.TB) *stages {
	tb.Helper()
	stagesOnce.Do(func() {
		cb := cameo.New()
		d, err := dict.Load(os.DirFS(filepath.Join("..", "data")), func(c string) bool { _, ok := cb.Lookup(c); return ok })
		if d == nil {
			stagesErr = err
			return
		}
		tg, err := tag.New()
		if err != nil {
			stagesErr = err
			return
		}
		gaz, err := where.Load()
		if err != nil {
			stagesErr = err
			return
		}
		stagesVal = &stages{
			before: []annals.Stage{text.New(), tg, actor.New(d), where.NewRecognizer(gaz), when.New(), quote.New()},
			res:    entity.New(d),
		}
	})
	if stagesErr != nil {
		tb.Fatalf("build stages: %v", stagesErr)
	}
	return stagesVal
}

// run annotates doc with every stage before the entity stage, then with it.
func (st *stages) run(tb testing.TB, doc *annals.Doc) {
	tb.Helper()
	st.prepare(tb, doc)
	if err := st.res.Annotate(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
}

// prepare runs the stages before the entity stage.
func (st *stages) prepare(tb testing.TB, doc *annals.Doc) {
	tb.Helper()
	for _, s := range st.before {
		if err := s.Annotate(context.Background(), doc); err != nil {
			tb.Fatal(err)
		}
	}
}

// newDoc returns a Doc for title and text published on date (YYYY-MM-DD).
func newDoc(title, body, date string) *annals.Doc {
	doc := new(annals.Doc)
	doc.Reset(annals.Article{ID: "t", Title: title, Text: body, Date: date})
	if t, err := time.Parse("2006-01-02", date); err == nil {
		doc.Pub = t
	}
	return doc
}

// readSeed returns the seed article split into title and body, skipping the
// test when the shared data is absent.
func readSeed(tb testing.TB) (title, body string) {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "mission", "seed-article.txt"))
	if err != nil {
		tb.Skipf("seed article not available (../shared/mission): %v", err)
	}
	s := string(b)
	if i := strings.Index(s, "\n\n"); i >= 0 && !strings.Contains(s[:i], "\n") {
		return s[:i], s[i+2:]
	}
	return "", s
}
