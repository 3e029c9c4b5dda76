package event

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
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
