package where

import (
	"context"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestChainGuards checks each guard annotate asks before a rule of its
// chain against the rule itself, over every token of the first Reuters
// articles: where the guard turns a token away the rule finds nothing
// there, and each guard turns some tokens away. compoundSpans, which
// holds its guard, must agree with compound on every token.
func TestChainGuards(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r := NewRecognizer(g)
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	seg, ctx := text.New(), context.Background()
	type at struct {
		d   *annals.Doc
		si  int
		i   int
		src string
	}
	var buf []byte
	var spans []span
	guards := []struct {
		name  string
		guard func(a at) bool
		rule  func(a at) bool
	}{
		{"mayCue/placeCue", func(a at) bool {
			tok := &a.d.Tokens[a.i]
			return mayCue(tok.Norm, tok.Tag, tok.Flags)
		}, func(a at) bool { return r.placeCue(a.d, a.si, a.i) != noCue }},
		{"beforeCapital/compassNarrows", func(a at) bool { return beforeCapital(a.d, a.si, a.i) },
			func(a at) bool { return compassNarrows(a.d, a.si, a.i) }},
		{"legOpens/joinedLeg", func(a at) bool { return legOpens(a.d, a.si, a.i) }, func(a at) bool {
			_, _, _, ok := r.joinedLeg(a.d, a.si, a.i, a.src, &buf)
			return ok
		}},
		{"the/theArea", func(a at) bool { return a.d.Tokens[a.i].Norm == "the" }, func(a at) bool {
			_, ok := r.theArea(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
		{"lowerCasedText/lowerWire", func(a at) bool { return lowerCasedText(a.d) }, func(a at) bool {
			_, ok := r.lowerWire(a.d, a.si, a.i, a.src, &buf, &spans)
			return ok
		}},
	}
	turned := make([]int, len(guards))
	tokens := 0
	for _, art := range corpus.Articles(t, "reuters21578.jsonl", 300) {
		d := &annals.Doc{}
		d.Reset(art)
		if seg.Annotate(ctx, d) != nil || tg.Annotate(ctx, d) != nil {
			continue
		}
		for si := range d.Sentences {
			s := &d.Sentences[si]
			a := at{d: d, si: si, src: d.SourceOf(si)}
			for a.i = s.Tokens.Start; a.i < s.Tokens.End; a.i++ {
				tokens++
				for n, gd := range guards {
					if gd.guard(a) {
						continue
					}
					turned[n]++
					if gd.rule(a) {
						t.Errorf("%s: the guard turns away %q (sentence %d of %q), where the rule finds a place",
							gd.name, d.Tokens[a.i].Norm, si, art.ID)
					}
				}
				var compounds []span
				var firms []string
				e, ok := r.compoundSpans(d, si, a.i, a.src, &buf, &compounds, &firms)
				_, y, _, want := r.compound(d, si, a.i, a.src, &buf)
				if ok != want || ok && e != y.tok.End {
					t.Errorf("compoundSpans at %q (%q): %d %v, compound %d %v", d.Tokens[a.i].Norm, art.ID, e, ok, y.tok.End, want)
				}
			}
		}
	}
	if tokens == 0 {
		t.Fatal("no tokens read")
	}
	for n, gd := range guards {
		if turned[n] == 0 {
			t.Errorf("%s: the guard turned away none of %d tokens", gd.name, tokens)
		}
	}
}
