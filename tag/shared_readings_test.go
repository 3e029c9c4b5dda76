package tag

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/text"
)

// TestSharedReadings tags 2,000 Reuters articles and checks what sharing
// the memo's and the miss cache's records rests on: each token's lemma is
// lemmaOf's for its tag and readings, the kept one of a record included,
// and speechVerb answers for it as a lookup of that lemma does;
// each token whose readings the tagger changed points at its own copy;
// and afterwards every record of the memo and of the cache is still what
// the lexicon and guess give its word, none written through a token.
func TestSharedReadings(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	seg := text.New()
	var sc scratch
	docs, kept, owned, speech := 0, 0, 0, 0
	corpus.Each(t, "reuters21578.jsonl", func(a annals.Article) bool {
		doc := &annals.Doc{Article: a}
		if seg.Annotate(context.Background(), doc) != nil {
			return true
		}
		for _, s := range doc.Sentences {
			toks := doc.Tokens[s.Tokens.Start:s.Tokens.End]
			if len(toks) == 0 {
				continue
			}
			sc.grow(len(toks))
			tg.tagSentence(toks, s.Title, &sc)
			for i := range toks {
				tk, c := &toks[i], sc.cands[i]
				if want := lemmaOf(tk, c, tk.Tag); tk.Lemma != want {
					t.Fatalf("%s: %q as %v: lemma %q, lemmaOf %q", a.ID, tk.Norm, tk.Tag, tk.Lemma, want)
				}
				if c.flags&fLemma != 0 && c.set == bit(tk.Tag) {
					kept++
				}
				if got, want := speechVerb(tk, c, tk.Tag), speechVerbsSet.has(tk.Lemma); got != want {
					t.Fatalf("%s: %q as %v, lemma %q: speech verb %v, want %v", a.ID, tk.Norm, tk.Tag, tk.Lemma, got, want)
				}
				if c.flags&fSpeech != 0 && c.set&verbTags&bit(tk.Tag) != 0 {
					speech++
				}
				if c == &sc.own[i] {
					owned++
					if c.flags&fLemma != 0 {
						t.Errorf("%s: %q: own copy keeps fLemma", a.ID, tk.Norm)
					}
				}
			}
		}
		docs++
		return docs < 2000
	})
	if kept < 100000 || owned < 1000 || speech < 10000 {
		t.Errorf("%d lemmas and %d speech tests from records, %d own copies: want hundreds of thousands, tens of thousands and thousands", kept, speech, owned)
	}
	h := &tg.hot
	for w, i := range h.index {
		var want cand
		h.lex.analyze(w, &want)
		want.keepPerWord(w)
		if h.cands[i] != want {
			t.Fatalf("memo record of %q changed: %+v, want %+v", w, h.cands[i], want)
		}
	}
	m := &sc.misses
	if len(m.keys) < 1000 {
		t.Fatalf("miss cache holds %d words, want thousands", len(m.keys))
	}
	for id, w := range m.keys {
		if got, want := *m.at(uint32(id)), uncached(h.lex, w); got != want {
			t.Fatalf("cache record of %q changed: %+v, want %+v", w, got, want)
		}
	}
}
