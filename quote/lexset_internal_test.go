package quote

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
)

// TestLexSets checks every list of the lexicon: its wordtab.Set must
// answer as its map does over the list's words, their lower- and
// upper-case forms, and every word of the articles of both corpora.
func TestLexSets(t *testing.T) {
	if len(lexSets) < 100 {
		t.Fatalf("only %d lists registered", len(lexSets))
	}
	words := lexiconWords(t)
	for i, l := range lexSets {
		if d := l.tab.Disagreements(l.words, words); len(d) > 0 {
			t.Errorf("list %d: the set and the map disagree on %q", i, d[:min(len(d), 10)])
		}
	}
}

// TestCueTable checks that the cue table answers as cueKinds does over the
// words that TestLexSets asks about and the cue words themselves.
func TestCueTable(t *testing.T) {
	words := lexiconWords(t)
	for w := range cueKinds {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:])
	}
	bad := 0
	for _, w := range words {
		gk, gok := cues.kind(w)
		wk, wok := cueKinds[w]
		if (gk != wk || gok != wok) && bad < 10 {
			bad++
			t.Errorf("cues.kind(%q) = %v, %v; want %v, %v", w, gk, gok, wk, wok)
		}
	}
}

// lexiconWords returns the words of every list, in lower and upper case,
// a few odd words, and every word of the articles of both corpora.
func lexiconWords(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	var words []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	for _, w := range []string{"", "a", "A", "’s", "'s", "U.S.", "naïve"} {
		add(w)
	}
	for _, l := range lexSets {
		for w := range l.words {
			add(strings.ToLower(w))
			add(strings.ToUpper(w))
		}
	}
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			for _, w := range strings.FieldsFunc(a.Title+" "+a.Text, func(r rune) bool {
				return r == ' ' || r == '\n' || r == ',' || r == '"' || r == '(' || r == ')'
			}) {
				add(w)
			}
			for _, w := range strings.Fields(a.Text) {
				add(strings.Trim(w, ".,;:!?\"()“”‘’'"))
			}
			return len(words) < 400000
		})
	}
	return words
}
