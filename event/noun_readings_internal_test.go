package event

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/cameo"
	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestNounReadingsByTag checks what codeNouns relies on to ask
// verbAsNoun of verbs alone and capitalNoun of proper nouns alone: over
// every token of 300 Reuters articles, with their actor mentions, each
// answers no at a token of any other tag.
func TestNounReadingsByTag(t *testing.T) {
	d, err := dict.Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := New(d, cameo.New())
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	stages := []annals.Stage{text.New(), tg, actor.New(d)}
	doc := &annals.Doc{}
	asked := 0
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 300) {
		doc.Reset(a)
		for _, st := range stages {
			if err := st.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
		}
		for _, s := range doc.Sentences {
			sc := sentCtx{doc: doc, start: s.Tokens.Start, end: s.Tokens.End, own: true}
			for mi, m := range doc.Mentions {
				if m.Kind == annals.ActorMention && m.Tokens.Start >= s.Tokens.Start && m.Tokens.End <= s.Tokens.End {
					sc.ments = append(sc.ments, mi)
				}
			}
			for k := s.Tokens.Start; k < s.Tokens.End; k++ {
				switch doc.Tokens[k].Tag {
				case annals.VB, annals.VBP, annals.VBG, annals.NNP, annals.NNPS:
					continue
				}
				asked++
				if c.verbAsNoun(&sc, k) {
					t.Errorf("%s: verbAsNoun reads %q, tagged %v, as a noun", doc.ID, doc.Tokens[k].Norm, doc.Tokens[k].Tag)
				}
				if w, ok := c.capitalNoun(&sc, k); ok {
					t.Errorf("%s: capitalNoun reads %q, tagged %v, as %q", doc.ID, doc.Tokens[k].Norm, doc.Tokens[k].Tag, w)
				}
			}
		}
	}
	if asked == 0 {
		t.Error("no token asked")
	}
	// "a U.S. Attack on Iran", the word tagged each way: capitalNoun
	// reads it as a noun when tagged a proper noun, and never otherwise.
	for tg := annals.Tag(0); tg <= annals.Tag(64); tg++ {
		doc := &annals.Doc{
			Tokens: []annals.Token{
				{Norm: "a", Tag: annals.DT},
				{Norm: "u.s.", Tag: annals.NNP, Flags: annals.Cap},
				{Norm: "attack", Tag: tg, Flags: annals.Cap},
				{Norm: "on", Tag: annals.IN},
				{Norm: "iran", Tag: annals.NNP, Flags: annals.Cap},
			},
			Mentions: []annals.Mention{{Kind: annals.ActorMention, Tokens: annals.Range{Start: 1, End: 2}}},
		}
		sc := sentCtx{doc: doc, start: 0, end: len(doc.Tokens), own: true, ments: []int{0}}
		_, got := c.capitalNoun(&sc, 2)
		if want := tg == annals.NNP || tg == annals.NNPS; got != want {
			t.Errorf("capitalNoun at %q tagged %v = %v, want %v", "Attack", tg, got, want)
		}
	}
}
