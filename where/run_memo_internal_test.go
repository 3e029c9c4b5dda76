package where

import (
	"testing"

	"github.com/annals-project/annals/where/internal/fold"
)

// TestRunEndFill checks runEnd, which remembers the answer of a run that
// ended of itself for the capitalised words inside it too, against run
// asked afresh, over every token of the first Reuters articles (their
// capitalised headlines hold runs cut at maxNameWords), asked in order
// of the text, as the rules ask, and in reverse.
func TestRunEndFill(t *testing.T) {
	filled, asked := 0, 0
	for _, d := range taggedReuters(t, 300) {
		for _, reverse := range []bool{false, true} {
			m := &runMemo{ends: make([]runAnswer, len(d.Tokens))}
			r := &Recognizer{runs: m}
			for si, s := range d.Sentences {
				for n := range s.Tokens.End - s.Tokens.Start {
					j := s.Tokens.Start + n
					if reverse {
						j = s.Tokens.End - 1 - n
					}
					asked++
					if m.ends[j].si1 != 0 {
						filled++
					}
					if got, want := r.runEnd(d, si, j), run(d, si, j); got != want {
						t.Errorf("%s: runEnd(%d, %d) = %d, run says %d", d.ID, si, j, got, want)
					}
				}
			}
		}
	}
	if filled == 0 {
		t.Errorf("no answer of %d was remembered before it was asked", asked)
	}
	t.Logf("%d of %d answers remembered before they were asked", filled, asked)
}

// TestSlipMemo checks slipOf, which remembers fuzzy's answers, against
// fuzzy asked afresh: for the keys of the runs of the first Reuters
// articles and for gazetteer names with a letter left out, each asked
// twice, and over more keys than the memo keeps, so that it is emptied
// and filled again on the way.
func TestSlipMemo(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, d := range taggedReuters(t, 100) {
		for si, s := range d.Sentences {
			src := d.SourceOf(si)
			for j := s.Tokens.Start; j < s.Tokens.End; j++ {
				if capital(&d.Tokens[j]) {
					keys = append(keys, fold.Key(src[d.Tokens[j].Start:d.Tokens[run(d, si, j)-1].End]))
				}
			}
		}
	}
	for i := 0; len(keys) < 2*maxSlips && i < len(g.places); i++ {
		if k := fold.Key(g.places[i].Name); len(k) >= minFuzzy {
			keys = append(keys, k[:len(k)/2]+k[len(k)/2+1:])
		}
	}
	r := &Recognizer{g: g, runs: &runMemo{}}
	found := 0
	var scratch [64]byte
	for _, k := range keys {
		want := g.fuzzy(k, scratch[:0])
		for range 2 {
			if got := r.slipOf([]byte(k)); got != want {
				t.Fatalf("slipOf(%q) = %d, fuzzy says %d", k, got, want)
			}
		}
		if want >= 0 {
			found++
		}
		if len(r.runs.slips) > maxSlips {
			t.Fatalf("memo holds %d keys, more than %d", len(r.runs.slips), maxSlips)
		}
	}
	if len(keys) <= maxSlips || found == 0 {
		t.Errorf("%d keys asked, %d found: too few to test the memo", len(keys), found)
	}
}
