package entity_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-project/annals"
)

// wikinews reads up to n articles of the shared Wikinews corpus.
func wikinews(tb testing.TB, n int) []annals.Article {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", "wikinews.jsonl"))
	if err != nil {
		tb.Skipf("wikinews corpus not available (../shared/corpora): %v", err)
	}
	defer f.Close()
	var out []annals.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(out) < n {
		var a annals.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatalf("wikinews: %v", err)
		}
		out = append(out, a)
	}
	return out
}

// prepared returns Docs annotated by every stage before the entity stage,
// and their sentence count.
func prepared(b *testing.B, arts []annals.Article) ([]*annals.Doc, int) {
	st := mustStages(b)
	docs := make([]*annals.Doc, len(arts))
	sents := 0
	for i, a := range arts {
		docs[i] = newDoc(a.Title, a.Text, a.Date)
		st.prepare(b, docs[i])
		sents += len(docs[i].Sentences)
	}
	return docs, sents
}

// BenchmarkAnnotate times the entity stage alone on Wikinews articles
// already annotated by the earlier stages. Each iteration resolves every
// article once on a copy of its layers.
func BenchmarkAnnotate(b *testing.B) {
	arts := wikinews(b, 200)
	docs, sents := prepared(b, arts)
	res := mustStages(b).res
	bytes := 0
	for _, d := range docs {
		bytes += len(d.Text)
	}
	work := make([]annals.Doc, len(docs))
	quotes := make([][]annals.Quote, len(docs))
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			work[i] = *d
			work[i].Mentions = append(work[i].Mentions[:0:0], d.Mentions...)
			quotes[i] = append(quotes[i][:0], d.Quotes...)
			work[i].Quotes = quotes[i]
			if err := res.Annotate(context.Background(), &work[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sents/s")
}

// BenchmarkEarlierStages times the stages before the entity stage on the
// same articles, for comparison.
func BenchmarkEarlierStages(b *testing.B) {
	arts := wikinews(b, 200)
	st := mustStages(b)
	sents := 0
	b.ReportAllocs()
	doc := new(annals.Doc)
	for b.Loop() {
		sents = 0
		for _, a := range arts {
			doc.Reset(a)
			st.prepare(b, doc)
			sents += len(doc.Sentences)
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sents/s")
}
