package entity

import "github.com/annals-project/annals"

// acronymTail returns the token after a parenthesised acronym that starts
// at token k ("managing director of the International Monetary Fund
// (IMF),"), or k when none does. Wire copy names a body in full with its
// short form once; the apposition must still reach its closing comma, or
// the person is left uncoded and the verb after it has no source.
func (s *state) acronymTail(k, end int) int {
	if k+2 >= end || s.toks[k].Norm != "(" || s.toks[k+2].Norm != ")" {
		return k
	}
	if s.toks[k+1].Flags&annals.Cap == 0 || s.toks[k+1].Flags&annals.Digit != 0 {
		return k
	}
	return k + 3
}
