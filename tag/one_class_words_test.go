package tag

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestOneClassWordsSkipScores checks the tagger's shortcut for a word
// whose scored readings fall in one class (noun, verb, adjective or
// adverb): over the open words of many Reuters articles, with the tags the
// tagger left around them, oneClassTag answers as openTag's scores do,
// and oneClass admits every such word and no other.
func TestOneClassWordsSkipScores(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var sc scratch
	classes := map[string]int{}
	open := 0
	eachTaggedSentence(t, tg, &sc, 2000, func(id string, doc *annals.Doc, r annals.Range) {
		toks := doc.Tokens[r.Start:r.End]
		cs := sc.cands[:len(toks)]
		for i, c := range cs {
			if c.set.single() || c.flags&fClosed != 0 {
				continue
			}
			open++
			class := ""
			switch scored := c.set & (nounTags | verbTags | bit(annals.JJ) | bit(annals.RB)); {
			case scored == 0:
			case scored&^nounTags == 0:
				class = "noun"
			case scored&^verbTags == 0:
				class = "verb"
			case scored == bit(annals.JJ):
				class = "adjective"
			case scored == bit(annals.RB):
				class = "adverb"
			}
			if oneClass(c.set) != (class != "") {
				t.Fatalf("%s %q (readings %b): oneClass %v, class %q", id, toks[i].Norm, c.set, oneClass(c.set), class)
			}
			if class == "" {
				continue
			}
			classes[class]++
			for _, f := range finiteStates {
				if got, want := oneClassTag(toks, cs, i, f), openTag(toks, cs, i, f); got != want {
					t.Fatalf("%s %q (readings %b, finite %v): oneClassTag %v, openTag %v", id, toks[i].Norm, c.set, f, got, want)
				}
			}
		}
	})
	t.Logf("%d open words, %v of one class", open, classes)
	if open < 10000 || classes["noun"] < 100 || classes["verb"] < 1000 {
		t.Errorf("%d open words, %v of one class: too few to test the shortcut", open, classes)
	}
}

var finiteStates = [...]bool{false, true}
