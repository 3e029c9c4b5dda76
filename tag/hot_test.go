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
	index := hotIndex(lex, store)
	if len(h.cands) < 1000 {
		t.Fatalf("memo holds %d words, want the commonest thousands", len(h.cands))
	}
	for _, w := range []string{"the", "said", "says", "company", "companies", "raised", "making"} {
		if _, ok := index[w]; !ok {
			t.Errorf("memo lacks %q", w)
		}
	}
	for w := range index {
		var want, got cand
		h.lex.analyze(w, &want)
		want.keepPerWord(w) // the memo keeps the lemma of a word with one reading
		h.analyze(w, &got)
		if got != want {
			t.Errorf("%q: memo %+v, lexicon %+v", w, got, want)
		}
	}
	for _, w := range []string{"xylophonist", "mln", "1987", "reaganomics"} {
		var want, got cand
		h.lex.analyze(w, &want)
		if _, ok := index[w]; ok {
			want.keepPerWord(w)
		}
		h.analyze(w, &got)
		if got != want {
			t.Errorf("%q: memo %+v, lexicon %+v", w, got, want)
		}
	}
}

// TestByCountOrder checks byCount's order: closed-class words first, then
// falling counts, ties in the lexicon's order, as the memo's layout and
// the tests of its contents assume, and that it holds every entry
// newHot memoises.
func TestByCountOrder(t *testing.T) {
	lex, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	order := byCount(lex, store)
	if len(order) < 1000 {
		t.Fatalf("%d entries ordered, want thousands", len(order))
	}
	weight := func(i int) int {
		e := &store[i]
		if e.closed != 0 {
			return 1 << 20
		}
		w := int(e.n) + int(e.v) + int(e.a) + int(e.r)
		if e.irr != nil {
			for _, b := range []*entry{lex.get(e.irr.vBase), lex.get(e.irr.nBase)} {
				if b != nil {
					w = max(w, int(b.n)+int(b.v)+int(b.a)+int(b.r))
				}
			}
		}
		return w
	}
	want := 0
	for i := range store {
		if weight(i) >= hotCount {
			want++
		}
	}
	if len(order) != want {
		t.Errorf("%d entries ordered, want the %d of weight %d or more", len(order), want, hotCount)
	}
	for k := 1; k < len(order); k++ {
		a, b := order[k-1], order[k]
		if wa, wb := weight(a), weight(b); wa < wb || wa == wb && a > b {
			t.Fatalf("entries %d (%q, %d) and %d (%q, %d) out of order", a, store[a].word, wa, b, store[b].word, wb)
		}
	}
}

// hotIndex maps each form newHot memoises to the index of its analysis,
// built as newHot once built it, in a map that keeps a form's first
// place: the reference that newHot's table is checked against.
func hotIndex(lex *lexIndex, store []entry) map[string]int32 {
	spelt, ends := hotForms(lex, store)
	index := make(map[string]int32, len(ends))
	start := 0
	for _, end := range ends {
		w := spelt[start:end]
		start = end
		if _, ok := index[w]; !ok {
			index[w] = int32(len(index))
		}
	}
	return index
}

// TestHotFormsMatchIndex checks that newHot, which tells repeated forms
// apart in its table, numbers every form as the map of first places
// does, and holds each analysis at that number.
func TestHotFormsMatchIndex(t *testing.T) {
	lex, store, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	h := newHot(lex, store)
	index := hotIndex(lex, store)
	if len(h.forms) != len(index) || len(h.cands) != len(index) {
		t.Fatalf("%d forms, %d analyses; the map has %d", len(h.forms), len(h.cands), len(index))
	}
	for i, w := range h.forms {
		if want, ok := index[w]; !ok || int(want) != i {
			t.Errorf("forms[%d] = %q; the map has it at %d (%v)", i, w, want, ok)
		}
		if id, ok := h.table.Find(w); !ok || int(id) != i {
			t.Errorf("table finds %q at %d (%v), want %d", w, id, ok, i)
		}
	}
}
