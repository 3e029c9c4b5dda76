package entity

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestNextWork checks that nextWork stops where resolve's loop has work
// and steps over only tokens where it has none: no pronoun that
// pronounGender resolves, no agent mention's start, nothing at or past
// stop.
func TestNextWork(t *testing.T) {
	tags := []annals.Tag{annals.DT, annals.NN, annals.PRP, annals.VBD, annals.PRPS, annals.NN, annals.IN, annals.NNP, annals.COMMA, annals.PRP}
	norms := []string{"the", "minister", "he", "said", "her", "plan", "to", "Arnor", ",", "it"}
	toks := make([]annals.Token, len(tags))
	for i := range toks {
		toks[i].Tag, toks[i].Norm = tags[i], norms[i]
	}
	for _, agents := range [][]int{nil, {1}, {0, 7}} {
		agentAt := make([]int32, len(toks))
		for _, a := range agents {
			agentAt[a] = 1
		}
		s := &state{toks: toks, agentAt: agentAt}
		for end := 0; end <= len(toks); end++ {
			for stop := 0; stop <= len(toks)+1; stop++ {
				for from := 0; from <= end; from++ {
					got := s.nextWork(from, end, stop)
					if got < from || got > end {
						t.Fatalf("agents %v: nextWork(%d, %d, %d) = %d, outside [from, end]", agents, from, end, stop, got)
					}
					for k := from; k < got; k++ {
						if k >= stop || pronounGender(&toks[k]) != 0 || agentAt[k] != 0 {
							t.Errorf("agents %v: nextWork(%d, %d, %d) = %d steps over token %d (%q), which has work", agents, from, end, stop, got, k, norms[k])
						}
					}
					if got < end && got < stop && toks[got].Tag != annals.PRP && toks[got].Tag != annals.PRPS && agentAt[got] == 0 {
						t.Errorf("agents %v: nextWork(%d, %d, %d) = %d stops at token %q, which has none", agents, from, end, stop, got, norms[got])
					}
				}
			}
		}
	}
}
