package dict

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
)

// beginsHashingBoth is BeginsAt as it was before it compared filter keys:
// the lemma hashed whenever the form rules an agent out.
func beginsHashingBoth(d *Dict, tok *annals.Token) Begins {
	b := d.beginsOf(filterHash(tok.Norm))
	if b&beginsCasedActor != 0 && tok.Flags&capitals != 0 {
		b |= BeginsActor
	}
	b &^= beginsCasedActor
	if b&BeginsAgent == 0 && tok.Lemma != "" && d.beginsOf(filterHash(tok.Lemma))&BeginsAgent != 0 {
		b |= BeginsAgent
	}
	return b
}

// TestBeginsAtSharedKey checks that BeginsAt, which skips the hash of a
// lemma whose filterKey is the form's, answers as hashing both does: over
// every token of 200 tagged Reuters articles, and over every word of the
// agents' vocabulary (annals' own and, where the shared folder has them,
// Phoenix's) paired as form and lemma with itself, a neighbour and its
// plural, in lower case and capitalised; and that filterHash is
// mixFilterKey of filterKey for every word of the dictionaries.
func TestBeginsAtSharedKey(t *testing.T) {
	dicts := ownAndPhoenix(t)
	seg := text.New()
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &annals.Doc{}
	shared, tokens := 0, 0
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 200) {
		doc.Reset(a)
		if seg.Annotate(context.Background(), doc) != nil || tg.Annotate(context.Background(), doc) != nil {
			continue
		}
		for i := range doc.Tokens {
			tok := &doc.Tokens[i]
			tokens++
			if tok.Lemma != tok.Norm && filterKey(tok.Lemma) == filterKey(tok.Norm) {
				shared++
			}
			for name, d := range dicts {
				if got, want := d.BeginsAt(tok), beginsHashingBoth(d, tok); got != want {
					t.Fatalf("%s: %s: BeginsAt(%q, lemma %q) = %04b, hashing both gives %04b", name, doc.ID, tok.Norm, tok.Lemma, got, want)
				}
			}
		}
	}
	if tokens == 0 {
		t.Fatal("no token read: the test checks nothing")
	}
	for name, d := range dicts {
		var words []string
		for _, tr := range []*trie{d.actors, d.agents, d.discards} {
			for _, w := range tr.vocabWords() {
				words = append(words, w)
			}
		}
		for _, w := range words {
			if got, want := filterHash(w), mixFilterKey(filterKey(w)); got != want {
				t.Fatalf("%s: filterHash(%q) = %d, mixFilterKey(filterKey) = %d", name, w, got, want)
			}
		}
		var agentWords []string
		for _, w := range d.agents.vocabWords() {
			agentWords = append(agentWords, w)
		}
		for i, w := range agentWords {
			for _, lemma := range []string{"", w, agentWords[(i+1)%len(agentWords)], w + "s"} {
				for _, flags := range []annals.TokFlag{0, annals.Cap} {
					tok := &annals.Token{Norm: w, Lemma: lemma, Flags: flags}
					if got, want := d.BeginsAt(tok), beginsHashingBoth(d, tok); got != want {
						t.Fatalf("%s: BeginsAt(%q, lemma %q) = %04b, hashing both gives %04b", name, w, lemma, got, want)
					}
				}
			}
		}
	}
	t.Logf("%d tokens; %d with a lemma other than the form but of its key", tokens, shared)
}
