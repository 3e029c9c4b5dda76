package event

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// verbBeforeScan is verbBefore as a walk back over every verb group of
// the document, the reference the bisection must agree with.
func verbBeforeScan(sc *sentCtx, t, ci int) *annals.VerbGroup {
	for i := len(sc.doc.Verbs) - 1; i >= 0; i-- {
		v := &sc.doc.Verbs[i]
		if v.Head >= t || v.Head < sc.start {
			continue
		}
		if ci < 0 || sc.clause(v.Head) == ci {
			return v
		}
	}
	return nil
}

// TestVerbBeforeReuters checks over 200 Reuters articles that the
// tagger leaves verb groups in text order, which verbBefore's bisection
// relies on, and that verbBefore finds what a walk over every verb group
// finds, at every token of every sentence and one past its end.
func TestVerbBeforeReuters(t *testing.T) {
	seg := text.New()
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	doc := &annals.Doc{}
	found := 0
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 200) {
		doc.Reset(a)
		if err := seg.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
		if err := tg.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(doc.Verbs); i++ {
			if doc.Verbs[i].Head < doc.Verbs[i-1].Head {
				t.Fatalf("%s: verb group %d heads token %d, before its predecessor's %d", doc.ID, i, doc.Verbs[i].Head, doc.Verbs[i-1].Head)
			}
		}
		for _, s := range doc.Sentences {
			sc := sentCtx{doc: doc, start: s.Tokens.Start, end: s.Tokens.End}
			for tok := s.Tokens.Start; tok <= s.Tokens.End; tok++ {
				got, want := sc.verbBefore(tok, -1), verbBeforeScan(&sc, tok, -1)
				if got != want {
					t.Fatalf("%s: verbBefore(%d) = %v, want %v", doc.ID, tok, got, want)
				}
				if got != nil {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Error("no verb found before any token")
	}
}
