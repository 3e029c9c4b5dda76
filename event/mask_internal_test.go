package event

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/cameo"
	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// TestWordMask checks that the pattern prefilter never rules out a word
// that has accepts, and does rule out words with other first bytes.
func TestWordMask(t *testing.T) {
	alts := []string{"negotiat" + dict.StemMark, "ban" + dict.ExactMark, "with", "a", "x" + dict.StemMark}
	tests := []struct {
		tok  annals.Token
		want bool // has(alts, tok)
	}{
		{annals.Token{Norm: "negotiations", Lemma: "negotiation"}, true},
		{annals.Token{Norm: "ban"}, true},
		{annals.Token{Norm: "banned", Lemma: "ban"}, false},
		{annals.Token{Norm: "with"}, true},
		{annals.Token{Norm: "a"}, true},
		{annals.Token{Norm: "xenophobia"}, true},
		{annals.Token{Norm: "talks", Lemma: "talk"}, false},
	}
	m := altMask(alts)
	for _, tt := range tests {
		if got := has(alts, &tt.tok); got != tt.want {
			t.Fatalf("has(%q) = %v, want %v", tt.tok.Norm, got, tt.want)
		}
		var w wordMask
		w.add(tt.tok.Norm)
		if tt.tok.Lemma != "" {
			w.add(tt.tok.Lemma)
		}
		if tt.want && !m.meets(w) {
			t.Errorf("%q: mask rules out a word has accepts", tt.tok.Norm)
		}
	}
	if got := altMask([]string{"x" + dict.StemMark}); got != allWords {
		t.Errorf("a one-letter stem must rule nothing out, got %x", got)
	}
	var w wordMask
	w.add("talks")
	w.add("talk")
	if altMask([]string{"with", "ban" + dict.ExactMark}).meets(w) {
		t.Errorf("with and ban= should rule out talks (unless the hash collides: change the words)")
	}
	doc := &annals.Doc{Tokens: []annals.Token{{Norm: "agreed", Lemma: "agree"}, {Norm: "with"}, {Norm: "iran"}}}
	sc := sentCtx{doc: doc, start: 0, end: 3}
	if !meetsAll([]wordMask{altMask([]string{"with"})}, sc.wordsFrom(1)) {
		t.Errorf("meetsAll rules out 'with' after the head")
	}
	if meetsAll([]wordMask{altMask([]string{"with"})}, sc.wordsFrom(2)) {
		t.Errorf("meetsAll admits 'with' where only 'iran' follows")
	}
	if !meetsAll(nil, sc.wordsFrom(3)) {
		t.Errorf("meetsAll rules out a pattern that needs no word")
	}
}

// TestWordMaskReuters checks the pattern prefilter over the tokens of 300
// Reuters articles: at every word that heads patterns of annals' own
// dictionary, no pattern whose required words all stand after the head
// (as match needs them) is ruled out, and the sentence's suffix masks
// equal masks read afresh; and the Coder's patternNeeds answer as
// meetsAll over needMasks does.
func TestWordMaskReuters(t *testing.T) {
	d, c := ownCoder(t)
	annotate := segmentTagger(t)
	doc := &annals.Doc{}
	tried, ruledOut := 0, 0
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 300) {
		doc.Reset(a)
		annotate(doc)
		for _, s := range doc.Sentences {
			sc := sentCtx{doc: doc, start: s.Tokens.Start, end: s.Tokens.End}
			for h := s.Tokens.Start; h < s.Tokens.End; h++ {
				words := sc.wordsFrom(h + 1)
				var fresh wordMask
				for k := h + 1; k < s.Tokens.End; k++ {
					tok := &doc.Tokens[k]
					if l := lemma(tok); l != "" {
						fresh.add(l)
					}
					if tok.Norm != "" {
						fresh.add(tok.Norm)
					}
				}
				if words != fresh {
					t.Fatalf("%s: the suffix mask after token %d differs from one read afresh", doc.ID, h)
				}
				for _, id := range d.VerbsFor(lemma(&doc.Tokens[h])) {
					v := &d.Verbs[id]
					var ms []wordMask
					if len(v.Items) > 1 {
						ms = needMasks(v.Items[1:])
					}
					if c.needs[id].any != (len(ms) > 0) {
						t.Fatalf("%q: patternNeeds says it needs words %v, needMasks has %d", v.Pattern, c.needs[id].any, len(ms))
					}
					if len(ms) == 0 {
						continue
					}
					tried++
					n := &c.needs[id]
					may := n.first.meets(words) && meetsAll(n.rest, words)
					if may != meetsAll(ms, words) {
						t.Fatalf("%s: %q after %q: patternNeeds says %v, meetsAll the opposite", doc.ID, v.Pattern, doc.Tokens[h].Norm, may)
					}
					if may {
						continue
					}
					ruledOut++
					if requiredAfter(doc, v.Items[1:], h+1, s.Tokens.End) {
						t.Errorf("%s: %q after %q: the mask rules out a pattern whose words are all there", doc.ID, v.Pattern, doc.Tokens[h].Norm)
					}
				}
			}
		}
	}
	if tried == 0 || ruledOut*2 < tried {
		t.Errorf("the mask ruled out %d of %d patterns tried: want most", ruledOut, tried)
	}
}

// requiredAfter reports whether every word of items that a match needs
// is found by has among tokens [from, end).
func requiredAfter(doc *annals.Doc, items []dict.Item, from, end int) bool {
	for k := range items {
		it := &items[k]
		if it.Optional || it.Target || it.Source {
			continue
		}
		found := false
		for j := from; j < end && !found; j++ {
			found = has(it.Alts, &doc.Tokens[j])
		}
		if !found {
			return false
		}
	}
	return true
}

// TestItemAltsReuters checks mayHave, the test match makes before has,
// over the words of 100 Reuters articles and every item of every
// pattern of annals' own dictionary: wherever has finds a word, mayHave
// lets it through, and it turns most other words away.
func TestItemAltsReuters(t *testing.T) {
	d, c := ownCoder(t)
	annotate := segmentTagger(t)
	doc := &annals.Doc{}
	type word struct{ norm, lemma string }
	seen := map[word]bool{}
	var toks []annals.Token
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 100) {
		doc.Reset(a)
		annotate(doc)
		for _, tok := range doc.Tokens {
			if w := (word{tok.Norm, tok.Lemma}); !seen[w] {
				seen[w] = true
				toks = append(toks, tok)
			}
		}
	}
	toks = append(toks, annals.Token{}, annals.Token{Norm: "x"}, annals.Token{Norm: "ab", Lemma: "abc"})
	for i := range toks {
		// add writes wordBit out for inlining: the two must agree.
		for _, w := range []string{toks[i].Norm, toks[i].Lemma} {
			var m, bit wordMask
			m.add(w)
			h := wordBit(w)
			bit[h>>6] = 1 << (h & 63)
			if m != bit {
				t.Fatalf("add(%q) sets other bits than wordBit's %d", w, h)
			}
		}
	}
	found, turned, other := 0, 0, 0
	for id := range d.Verbs {
		items := d.Verbs[id].Items
		if len(c.alts[id]) != len(items) {
			t.Fatalf("%q: %d masks for %d items", d.Verbs[id].Pattern, len(c.alts[id]), len(items))
		}
		for k := range items {
			m := &c.alts[id][k]
			if *m != altMask(items[k].Alts) {
				t.Fatalf("%q item %d: the Coder's mask is not altMask of its words", d.Verbs[id].Pattern, k)
			}
			for i := range toks {
				may, ok := mayHave(m, &toks[i]), has(items[k].Alts, &toks[i])
				switch {
				case ok && !may:
					t.Fatalf("%q item %d: mayHave rules out %q (lemma %q), which has finds", d.Verbs[id].Pattern, k, toks[i].Norm, toks[i].Lemma)
				case ok:
					found++
				case !may:
					turned++
				default:
					other++
				}
				if !mayHave(nil, &toks[i]) {
					t.Fatalf("mayHave with no mask rules out %q", toks[i].Norm)
				}
			}
		}
	}
	t.Logf("mayHave: %d words found, %d turned away, %d let through in vain", found, turned, other)
	if found == 0 || turned < 4*other {
		t.Errorf("mayHave: %d words found, %d turned away, %d let through in vain: want most turned away", found, turned, other)
	}
}

// ownCoder returns annals' own dictionary and a Coder over it.
func ownCoder(t *testing.T) (*dict.Dict, *Coder) {
	t.Helper()
	d, err := dict.Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d, New(d, cameo.New())
}

// segmentTagger returns a function that segments and tags a Doc, the
// stages the coder's word tests read.
func segmentTagger(t *testing.T) func(doc *annals.Doc) {
	t.Helper()
	seg := text.New()
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	return func(doc *annals.Doc) {
		ctx := context.Background()
		if err := seg.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
		if err := tg.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
}
