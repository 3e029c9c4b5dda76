package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/annals-project/annals/internal/corpus"
)

// TestCodeIndependentOfOrder codes Reuters articles with one Pipeline in
// text order and again in reverse: each article's result must not depend
// on the articles coded before it. The stages keep per-worker scratch from
// one article to the next (the tagger's miss cache, the event coder's
// sentence state and mention groups, the place recognizer's name lists);
// anything left over from a longer or shorter predecessor shows here.
func TestCodeIndependentOfOrder(t *testing.T) {
	arts := corpus.Articles(t, "reuters21578.jsonl", 1500)
	p := mustPipeline(t)
	ctx := context.Background()
	events := 0
	code := func(i int) []byte {
		r, err := p.Code(ctx, arts[i])
		if err != nil {
			return []byte(err.Error())
		}
		events += len(r.Events)
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	forward := make([][]byte, len(arts))
	for i := range arts {
		forward[i] = code(i)
	}
	if events < 50 {
		t.Fatalf("%d events in %d articles: too few to compare", events, len(arts))
	}
	for i := len(arts) - 1; i >= 0; i-- {
		if got := code(i); !bytes.Equal(got, forward[i]) {
			t.Errorf("%s coded after its successors differs:\n%.600s\nwant\n%.600s", arts[i].ID, got, forward[i])
		}
	}
}
