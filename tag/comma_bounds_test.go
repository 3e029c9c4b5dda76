package tag

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestCommaBounds checks the comma bounds chunkSentence records against a
// scan of each sentence, and that midReport and inverted, which start and
// stop at them, answer as with bounds that spare no token (the first
// token and the last), over every sentence of 3,000 Reuters articles.
func TestCommaBounds(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var sc scratch
	reports := 0
	eachTaggedSentence(t, tg, &sc, 3000, func(id string, doc *annals.Doc, r annals.Range) {
		toks := doc.Tokens[r.Start:r.End]
		chunkSentence(doc, r, &sc)
		first, last := len(toks), -1
		for i := range toks {
			if toks[i].Tag == annals.COMMA {
				first, last = min(first, i), i
			}
		}
		if sc.firstComma != first || sc.lastComma != last {
			t.Fatalf("%s: commas [%d,%d], recorded [%d,%d]", id, first, last, sc.firstComma, sc.lastComma)
		}
		cl := clauser{doc: doc, toks: toks, off: r.Start, sc: &sc, hi: r.Len()}
		cl.firstFinite = cl.firstFiniteVerb()
		m1, m2, mok := cl.midReport()
		inv, iok := cl.inverted()
		sc.firstComma, sc.lastComma = 0, len(toks)-1
		w1, w2, wok := cl.midReport()
		winv, wiok := cl.inverted()
		if m1 != w1 || m2 != w2 || mok != wok || inv != winv || iok != wiok {
			t.Errorf("%s: midReport %d %d %v, inverted %d %v; sparing no token: %d %d %v, %d %v", id, m1, m2, mok, inv, iok, w1, w2, wok, winv, wiok)
		}
		if mok || iok {
			reports++
		}
	})
	if reports < 100 {
		t.Errorf("%d sentences in a reporting form, want hundreds", reports)
	}
}
