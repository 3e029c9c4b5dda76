package tag

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestSharedReadings tags 2,000 Reuters articles and checks what sharing
// the memo's and the word cache's records rests on: each token's lemma is
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
	var sc scratch
	kept, owned, speech := 0, 0, 0
	eachTaggedSentence(t, tg, &sc, 2000, func(id string, doc *annals.Doc, r annals.Range) {
		toks := doc.Tokens[r.Start:r.End]
		for i := range toks {
			tk, c := &toks[i], sc.cands[i]
			if want := lemmaOf(tk, c, tk.Tag); tk.Lemma != want {
				t.Fatalf("%s: %q as %v: lemma %q, lemmaOf %q", id, tk.Norm, tk.Tag, tk.Lemma, want)
			}
			if c.flags&fLemma != 0 && c.set == bit(tk.Tag) {
				kept++
			}
			if got, want := speechVerb(tk, c, tk.Tag), speechVerbsSet.has(tk.Lemma); got != want {
				t.Fatalf("%s: %q as %v, lemma %q: speech verb %v, want %v", id, tk.Norm, tk.Tag, tk.Lemma, got, want)
			}
			if c.flags&fSpeech != 0 && c.set&verbTags&bit(tk.Tag) != 0 {
				speech++
			}
			if c == &sc.own[i] {
				owned++
				if c.flags&fLemma != 0 {
					t.Errorf("%s: %q: own copy keeps fLemma", id, tk.Norm)
				}
			}
		}
	})
	if kept < 100000 || owned < 1000 || speech < 10000 {
		t.Errorf("%d lemmas and %d speech tests from records, %d own copies: want hundreds of thousands, tens of thousands and thousands", kept, speech, owned)
	}
	h := &tg.hot
	for i, w := range h.forms {
		var want cand
		h.lex.analyze(w, &want)
		want.keepPerWord(w)
		if h.cands[i] != want {
			t.Fatalf("memo record of %q changed: %+v, want %+v", w, h.cands[i], want)
		}
	}
	m := &sc.words
	if m.made < 1000 || m.words.Len()-m.made < 1000 {
		t.Fatalf("word cache holds %d words, %d of them analysed: want thousands of each", m.words.Len(), m.made)
	}
	for id := range m.words.Len() {
		w, rec := m.words.Word(uint32(id)), m.recs[id]
		if i, ok := h.table.Find(w); ok {
			if rec != &h.cands[i] {
				t.Fatalf("cache record of the memo word %q is not the memo's", w)
			}
		} else if got, want := *rec, uncached(h.lex, w); got != want {
			t.Fatalf("cache record of %q changed: %+v, want %+v", w, got, want)
		}
	}
}
