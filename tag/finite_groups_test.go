package tag

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestFiniteGroups checks what the chunker records of each verb group's
// tense (sc.finiteAt) and of the sentence's first finite group
// (sc.firstFinite) against the clauser's old walks over the group's and
// the sentence's tokens, over every sentence of 3,000 Reuters articles.
func TestFiniteGroups(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var sc scratch
	groups, finites := 0, 0
	eachTaggedSentence(t, tg, &sc, 3000, func(id string, doc *annals.Doc, r annals.Range) {
		chunkSentence(doc, r, &sc)
		cl := clauser{doc: doc, toks: doc.Tokens[r.Start:r.End], off: r.Start, sc: &sc, hi: r.Len()}
		for i, v := range sc.vgAt[:r.Len()] {
			if v < 0 {
				continue
			}
			groups++
			want := cl.finite(&doc.Verbs[v])
			if want {
				finites++
			}
			if sc.finiteAt[i] != want {
				t.Fatalf("%s: group at token %d: finite %v, recorded %v", id, i, want, sc.finiteAt[i])
			}
		}
		if want := cl.firstFiniteVerb(); sc.firstFinite != want {
			t.Fatalf("%s: first finite group at %d, recorded %d", id, want, sc.firstFinite)
		}
	})
	if finites < 1000 || groups-finites < 1000 {
		t.Errorf("%d verb groups, %d finite: want thousands of each", groups, finites)
	}
}

// finite reports whether a verb group carries tense: its first verb or
// modal is finite. The clauser asked it of every group; the chunker now
// records the answer when it makes the group (sc.finiteAt).
func (cl *clauser) finite(vg *annals.VerbGroup) bool {
	for k := vg.Tokens.Start; k < vg.Tokens.End; k++ {
		t := cl.doc.Tokens[k].Tag
		if t == annals.RB {
			continue
		}
		return finiteTags.has(t)
	}
	return false
}

// firstFiniteVerb returns the first token where a finite verb group
// starts, or hi when none does: the walk sc.firstFinite spares.
func (cl *clauser) firstFiniteVerb() int {
	for i := 0; i < cl.hi; i++ {
		if v := cl.sc.vgAt[i]; v >= 0 && cl.finite(&cl.doc.Verbs[v]) {
			return i
		}
	}
	return cl.hi
}
