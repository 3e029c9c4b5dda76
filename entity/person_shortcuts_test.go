package entity_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/annals-project/annals/entity"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/pipeline"
)

// TestPersonShortcuts checks that resolve, starting its pass at the first
// person's mention and skipping articles that name no one, and surname,
// answering no before anyone is named, code 1,500 Reuters articles
// exactly as they do reading every token and comparing every word: the
// same entities, mentions and events.
func TestPersonShortcuts(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	refs := 0
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 1500) {
		got, err := p.Code(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		restore := entity.NoPersonShortcuts()
		want, err := p.Code(ctx, a)
		restore()
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range want.Entities {
			refs += len(e.Mentions)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the results differ from those without the shortcuts:\n got  %+v\n want %+v", a.ID, got.Entities, want.Entities)
		}
	}
	if refs == 0 {
		t.Error("no entity mention: the test compares nothing")
	}
}
