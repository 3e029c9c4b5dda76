package tag_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/tag"
)

// BenchmarkAnnotate tags the first 2,000 Reuters articles, segmented
// beforehand, and reports sentences per second.
func BenchmarkAnnotate(b *testing.B) {
	docs := corpusDocs(b, "reuters21578.jsonl", 2000)
	tg := MustTagger(b)
	ctx := context.Background()
	sents, toks, bytes := 0, 0, 0
	for _, d := range docs {
		sents += len(d.Sentences)
		toks += len(d.Tokens)
		bytes += len(d.Text) + len(d.Title)
	}
	// Warm up so the layers reach their final capacity.
	for _, d := range docs {
		resetLayers(d)
		if err := tg.Annotate(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			resetLayers(d)
			if err := tg.Annotate(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(sents)*float64(b.N)/sec, "sent/s")
	b.ReportMetric(float64(toks)*float64(b.N)/sec, "tok/s")
}

func resetLayers(d *annals.Doc) {
	d.Chunks, d.Verbs, d.Clauses = d.Chunks[:0], d.Verbs[:0], d.Clauses[:0]
}

// BenchmarkNew measures building a Tagger (the brief allows 50 ms).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tag.New(); err != nil {
			b.Fatal(err)
		}
	}
}
