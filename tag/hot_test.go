package tag

import "testing"

// TestHotMatchesLexicon checks that the memo answers every word it holds,
// and words it lacks, exactly as the lexicon does.
func TestHotMatchesLexicon(t *testing.T) {
	lex, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	h := newHot(lex, store)
	if len(h.cands) < 1000 {
		t.Fatalf("memo holds %d words, want the commonest thousands", len(h.cands))
	}
	for _, w := range []string{"the", "said", "says", "company", "companies", "raised", "making"} {
		if _, ok := h.index[w]; !ok {
			t.Errorf("memo lacks %q", w)
		}
	}
	for w := range h.index {
		var want, got cand
		h.lex.analyze(w, &want)
		h.analyze(w, &got)
		if got != want {
			t.Errorf("%q: memo %+v, lexicon %+v", w, got, want)
		}
	}
	for _, w := range []string{"xylophonist", "mln", "1987", "reaganomics"} {
		var want, got cand
		h.lex.analyze(w, &want)
		h.analyze(w, &got)
		if got != want {
			t.Errorf("%q: memo %+v, lexicon %+v", w, got, want)
		}
	}
}
