package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-project/annals"
)

// loadReuters reads up to n articles of the Reuters corpus.
func loadReuters(tb testing.TB, n int) []annals.Article {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", "reuters21578.jsonl"))
	if err != nil {
		tb.Skipf("Reuters corpus absent (../shared/corpora): %v", err)
	}
	defer f.Close()
	var out []annals.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() && len(out) < n {
		var a annals.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkCode codes Reuters articles end to end on one goroutine and
// reports sentences per second.
func BenchmarkCode(b *testing.B) {
	arts := loadReuters(b, 2000)
	p := mustPipeline(b)
	ctx := context.Background()
	sents, bytes := 0, 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		r, err := p.Code(ctx, a)
		if err != nil {
			continue // empty Reuters bodies are errors by design
		}
		sents += len(r.Sentences)
		bytes += len(a.Text) + len(a.Title)
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sent/s")
	b.ReportMetric(float64(sents)/float64(b.N), "sent/op")
	b.SetBytes(int64(bytes / max(b.N, 1)))
}
