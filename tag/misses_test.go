package tag

import (
	"testing"
	"unsafe"

	"github.com/annals-project/annals"
)

// uncached is what tagSentence computed for a word the memo lacks before
// the miss cache: the lexicon's readings, or guess's, with the lemma of
// the only reading kept as the cache keeps it.
func uncached(lex *lexIndex, w string) cand {
	var c cand
	lex.analyze(w, &c)
	if c.set == 0 {
		guess(w, &c)
	}
	c.keepPerWord(w)
	return c
}

// TestMissCacheAgrees checks that the miss cache answers every word of the
// lexicon, inflected forms of it and unknown words as analyze and guess
// do, when it first meets a word and when it meets it again, and past its
// limit, where it starts again.
func TestMissCacheAgrees(t *testing.T) {
	lex, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for i := range store {
		w := store[i].word
		words = append(words, w, w+"s", w+"ed", w+"ing", w+"er")
	}
	words = append(words, "reaganomics", "xylophonist", "anti-", "pro-government", "u.s.-led", "taliban-controlled", "-", "'s", "o'neill",
		"internationalisations", "internationalizations", "zorbified", "zorbifies", "a", "ab", "abc")
	if len(words) <= missLimit {
		t.Fatalf("%d words do not pass the cache's limit %d", len(words), missLimit)
	}
	var m missCache
	for pass := range 2 {
		for _, w := range words[:missLimit/2] {
			if got, want := *m.analysis(lex, w), uncached(lex, w); got != want {
				t.Fatalf("pass %d, %q: cached %+v, analyzed %+v", pass, w, got, want)
			}
		}
	}
	for _, w := range words {
		if got, want := *m.analysis(lex, w), uncached(lex, w); got != want {
			t.Fatalf("%q: cached %+v, analyzed %+v", w, got, want)
		}
	}
	if len(m.keys) > missLimit || len(m.blocks)*missBlock > missLimit {
		t.Errorf("cache holds %d analyses in %d blocks, above its limit %d", len(m.keys), len(m.blocks), missLimit)
	}
}

// TestMissCacheKeepsNoText checks that the cache's key and lemmas do not
// point into the token's text, so that an analysis outlives its document
// without keeping the document alive.
func TestMissCacheKeepsNoText(t *testing.T) {
	lex, _, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	inside := func(s, doc string) bool {
		if s == "" {
			return false
		}
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(doc)))
		return p >= lo && p < lo+uintptr(len(doc))
	}
	doc := "Zorbified zorbifies zorbifying reaganomics"
	var m missCache
	for _, w := range []string{doc[10:19], doc[20:29], doc[30:40], doc[41:]} {
		c := m.analysis(lex, w)
		for k, l := range c.lem {
			if inside(l, doc) {
				t.Errorf("%q: lemma %d %q points into the text", w, k, l)
			}
		}
	}
	for _, k := range m.keys {
		if inside(k, doc) {
			t.Errorf("key %q points into the text", k)
		}
	}
	if len(m.keys) != 4 {
		t.Errorf("%d keys, want 4", len(m.keys))
	}
}

// TestOfficeFlag checks that fOffice marks exactly the officeNoun words:
// over the lexicon's words and every token of many Reuters articles, as
// tagSentence reads them.
func TestOfficeFlag(t *testing.T) {
	lex, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for i := range store {
		w := store[i].word
		var c cand
		lex.analyze(w, &c)
		if got := c.flags&fOffice != 0; got != isOfficeNoun(w) {
			t.Errorf("%q: flag %v, officeNoun %v", w, got, !got)
		}
	}
	for w := range officeNoun {
		var c cand
		lex.analyze(w, &c)
		if c.flags&fOffice == 0 {
			t.Errorf("%q: no fOffice", w)
		}
	}
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var sc scratch
	toks := 0
	eachTaggedSentence(t, tg, &sc, 3000, func(id string, doc *annals.Doc, r annals.Range) {
		ts := doc.Tokens[r.Start:r.End]
		for i := range ts {
			if got := sc.cands[i].flags&fOffice != 0; got != isOfficeNoun(ts[i].Norm) {
				t.Errorf("%s: token %q: flag %v", id, ts[i].Norm, got)
			}
		}
		toks += len(ts)
	})
	if toks < 100000 {
		t.Errorf("%d tokens checked, want the articles' hundreds of thousands", toks)
	}
}
