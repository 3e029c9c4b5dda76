package dict

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/text"
)

// TestDiscardMay checks the two-word filter of MatchDiscard on phrases
// of one, two and more words, a leading "the", a "_" between words and
// a phrase's first word at a sentence's end: MatchDiscard finds what the
// trie's walk alone finds.
func TestDiscardMay(t *testing.T) {
	d := New(nil, nil, nil, []Discard{
		{Phrase: "half-time"},
		{Phrase: "scored a goal"},
		{Phrase: "the final whistle"},
		{Phrase: "penalty shootout"},
	})
	tests := []struct {
		text string
		at   int
		want int // the end MatchDiscard returns; at when none
	}{
		{"at half-time", 1, 2},
		{"half-time", 0, 1},
		{"he scored a goal", 1, 4},
		{"he scored a point", 1, 1},
		{"he scored", 1, 1},
		{"blew the final whistle", 2, 4},
		{"final whistle", 0, 2},
		{"final answer", 0, 0},
		{"a penalty shootout", 1, 3},
		{"penalty_shootout", 0, 3},
		{"penalty kick", 0, 0},
		{"penalty", 0, 0},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.text, nil)
		end, x := d.MatchDiscard(toks, tt.at)
		if end != tt.want || (x != nil) != (tt.want > tt.at) {
			t.Errorf("MatchDiscard(%q, %d) = %d, %v; want %d", tt.text, tt.at, end, x, tt.want)
		}
		if wend, _ := d.discards.longest(toks, tt.at, false, false); wend != end {
			t.Errorf("%q at %d: MatchDiscard ends at %d, the walk at %d", tt.text, tt.at, end, wend)
		}
	}
}

// TestDiscardMayReuters checks that discardMay rules out no discard
// phrase over every token of 2,000 Reuters articles, sentence by
// sentence as the event coder asks (annals' dictionaries and, where the
// shared folder has them, Phoenix's): MatchDiscard answers as the walk
// alone does, and the filter rules out most of the tokens that pass the
// first-word filter.
func TestDiscardMayReuters(t *testing.T) {
	dicts := ownAndPhoenix(t)
	seg := text.New()
	doc := &annals.Doc{}
	counts := map[string][3]int{} // first-word passes, ruled out, matches
	for _, a := range corpus.Articles(t, "reuters21578.jsonl", 2000) {
		doc.Reset(a)
		if err := seg.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for name, d := range dicts {
			c := counts[name]
			for _, s := range doc.Sentences {
				toks := doc.Tokens[:s.Tokens.End]
				for i := s.Tokens.Start; i < s.Tokens.End; i++ {
					if !d.MayDiscard(&toks[i]) {
						continue
					}
					c[0]++
					end, x := d.MatchDiscard(toks, i)
					wend, we := d.discards.longest(toks, i, false, false)
					if end != wend || (x == nil) != (we < 0) {
						t.Fatalf("%s: %s at token %d (%q): MatchDiscard ends at %d, the walk at %d", name, doc.ID, i, toks[i].Norm, end, wend)
					}
					if x != nil {
						c[2]++
					}
					if !d.discardMay(toks, i) {
						c[1]++
					}
				}
			}
			counts[name] = c
		}
	}
	for name, c := range counts {
		t.Logf("%s: %d tokens pass the first-word filter, the two-word filter rules out %d, %d match", name, c[0], c[1], c[2])
		if len(dicts[name].Discards) > 0 && c[1]*2 < c[0]-c[2] {
			t.Errorf("%s: the two-word filter ruled out %d of %d tokens that begin no phrase: want most", name, c[1], c[0]-c[2])
		}
	}
}
