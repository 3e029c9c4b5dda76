package tag

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

// TestTagSets checks each constant tag set against its tags, as bit made
// the sets when they were variables, and the noun and verb sets against
// annals' IsNoun and IsVerb.
func TestTagSets(t *testing.T) {
	union := func(tags ...annals.Tag) (s tagSet) {
		for _, tg := range tags {
			s |= bit(tg)
		}
		return s
	}
	nouns := union(annals.NN, annals.NNS, annals.NNP, annals.NNPS)
	verbs := union(annals.VB, annals.VBD, annals.VBG, annals.VBN, annals.VBP, annals.VBZ)
	for _, c := range []struct {
		name      string
		got, want tagSet
	}{
		{"nounTags", nounTags, nouns},
		{"verbTags", verbTags, verbs},
		{"finiteTags", finiteTags, union(annals.VBD, annals.VBP, annals.VBZ, annals.MD)},
		{"boundaryTags", boundaryTags, union(annals.COMMA, annals.CC, annals.WDT, annals.WP, annals.QUOTE, annals.PUNCT, annals.WRB)},
		{"punctTags", punctTags, union(annals.PUNCT, annals.QUOTE, annals.COMMA, annals.STOP, annals.SYM)},
		{"npStart", npStart, nouns | union(annals.DT, annals.PRPS, annals.PRP, annals.CD, annals.JJ)},
		{"scoredTags", scoredTags, nouns | verbs | union(annals.JJ, annals.RB)},
		{"clauseMarkers", clauseMarkers, union(annals.COMMA, annals.WDT, annals.WP, annals.IN, annals.WRB, annals.CC)},
	} {
		if c.got != c.want {
			t.Errorf("%s = %#x, want %#x", c.name, uint64(c.got), uint64(c.want))
		}
	}
	for tg := range annals.Tag(64) {
		if nounTags.has(tg) != tg.IsNoun() || verbTags.has(tg) != tg.IsVerb() {
			t.Errorf("tag %v: in nounTags %v, verbTags %v; IsNoun %v, IsVerb %v", tg, nounTags.has(tg), verbTags.has(tg), tg.IsNoun(), tg.IsVerb())
		}
	}
}

// TestDottedAbbrev checks dottedAbbrev, which inlines, against the test
// it replaced (a stop at the end and IndexByte for one before it), over
// a table and every token of 300 Reuters articles.
func TestDottedAbbrev(t *testing.T) {
	old := func(w string) bool {
		return len(w) >= 3 && w[len(w)-1] == '.' && strings.IndexByte(w[:len(w)-1], '.') >= 0
	}
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"U.S.", true}, {"U.K.", true}, {"N.V.", true}, {"a.m.", true}, {"..", false}, {"...", true},
		{"U.S", false}, {"Inc.", false}, {"Co.", false}, {".", false}, {"", false}, {"x.", false}, {".a.", true},
	} {
		if got := dottedAbbrev(c.w); got != c.want || got != old(c.w) {
			t.Errorf("dottedAbbrev(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var sc scratch
	tokens, abbrevs := 0, 0
	eachTaggedSentence(t, tg, &sc, 300, func(id string, doc *annals.Doc, r annals.Range) {
		for _, tk := range doc.Tokens[r.Start:r.End] {
			tokens++
			got := dottedAbbrev(tk.Norm)
			if got != old(tk.Norm) {
				t.Fatalf("%s: dottedAbbrev(%q) = %v", id, tk.Norm, got)
			}
			if got {
				abbrevs++
			}
		}
	})
	if abbrevs == 0 {
		t.Fatalf("no abbreviation among %d tokens", tokens)
	}
}
