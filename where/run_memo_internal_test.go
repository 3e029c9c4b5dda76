package where

import "testing"

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
