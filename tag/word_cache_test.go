package tag

import (
	"strings"
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

// TestWordCacheAgrees checks that the word cache answers every word of
// the lexicon, inflected forms of it and unknown words with the memo's
// record of a memo word and otherwise as analyze and guess do, when it
// first meets a word and when it meets it again, and past its limit,
// where it starts again.
func TestWordCacheAgrees(t *testing.T) {
	lex, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	hot := newHot(lex, store)
	var words []string
	for i := range store {
		w := store[i].word
		words = append(words, w, w+"s", w+"ed", w+"ing", w+"er")
	}
	words = append(words, "reaganomics", "xylophonist", "anti-", "pro-government", "u.s.-led", "taliban-controlled", "-", "'s", "o'neill",
		"internationalisations", "internationalizations", "zorbified", "zorbifies", "a", "ab", "abc")
	if len(words) <= 2*missLimit {
		t.Fatalf("%d words do not pass the cache's limit %d", len(words), missLimit)
	}
	var m wordCache
	memo := 0
	check := func(pass int, w string) {
		got := m.readings(&hot, w)
		if rec := hot.memo(w); rec != nil {
			memo++
			if got != rec {
				t.Fatalf("pass %d, %q: not the memo's record", pass, w)
			}
		} else if want := uncached(lex, w); *got != want {
			t.Fatalf("pass %d, %q: cached %+v, analyzed %+v", pass, w, *got, want)
		}
	}
	for pass := range 2 {
		for _, w := range words[:missLimit/2] {
			check(pass, w)
		}
	}
	for _, w := range words {
		check(2, w)
	}
	if memo < 10000 {
		t.Errorf("%d answers from the memo, want tens of thousands", memo)
	}
	if m.made > missLimit || len(m.blocks)*missBlock > missLimit || m.words.Len() != len(m.recs) {
		t.Errorf("cache holds %d analyses in %d blocks, above its limit %d, and %d records of %d words", m.made, len(m.blocks), missLimit, len(m.recs), m.words.Len())
	}
}

// TestWordCacheKeepsNoText checks that the cache's keys and lemmas do not
// point into the token's text, so that a record outlives its document
// without keeping the document alive.
func TestWordCacheKeepsNoText(t *testing.T) {
	lex, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	hot := newHot(lex, store)
	inside := func(s, doc string) bool {
		if s == "" {
			return false
		}
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(doc)))
		return p >= lo && p < lo+uintptr(len(doc))
	}
	doc := "zorbified zorbifies zorbifying reaganomics said"
	var m wordCache
	for _, w := range strings.Fields(doc) { // substrings of doc
		c := m.readings(&hot, w)
		for k, l := range c.lem {
			if inside(l, doc) {
				t.Errorf("%q: lemma %d %q points into the text", w, k, l)
			}
		}
	}
	for id := range m.words.Len() {
		if k := m.words.Word(uint32(id)); inside(k, doc) {
			t.Errorf("key %q points into the text", k)
		}
	}
	if m.words.Len() != 5 || m.made != 4 {
		t.Errorf("%d keys and %d analyses, want 5 and 4", m.words.Len(), m.made)
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
