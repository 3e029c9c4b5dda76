package entity_test

import (
	"context"
	"github.com/annals-project/annals/internal/corpus"
	"testing"

	"github.com/annals-project/annals"
)

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
	arts := corpus.Articles(b, "wikinews.jsonl", 200)
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
	arts := corpus.Articles(b, "wikinews.jsonl", 200)
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
