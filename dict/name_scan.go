package dict

import "github.com/annals-project/annals"

// NextName returns the first index in [i, end) of toks at which the
// actor recognizer must look, with BeginsAt's answer there when a name
// may begin at it, or end: a token with a flag of stop, the determiner
// "the" (a name's span may start with it), a ticker's "<", or one at
// which BeginsAt has BeginsActor or BeginsAgent. At a token it stops at
// for its flag or its word it returns no Begins (0): the caller asks
// BeginsAt there as it needs.
//
// The recognizer steps over most tokens of an article so (issue 2): the
// loop here keeps the table in a register and spares a call per token.
// Its body is BeginsAt's, step for step (the form's bits, the casing
// test, the lemma's agent bit for a lemma of another filterKey), so it
// answers as a loop calling BeginsAt would.
func (d *Dict) NextName(toks []annals.Token, i, end int, stop annals.TokFlag) (int, Begins) {
	toks, tab := toks[:end], d.begins
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.Flags&stop != 0 || t.Norm == "the" || t.Norm == "<" {
			return i, 0
		}
		key := filterKey(t.Norm)
		h := mixFilterKey(key)
		b := Begins(tab[h/16]>>(h%16*4)) & (BeginsActor | BeginsAgent | BeginsDiscard | beginsCasedActor)
		if b&beginsCasedActor != 0 && t.Flags&capitals != 0 {
			b |= BeginsActor
		}
		b &^= beginsCasedActor
		if b&BeginsAgent == 0 && t.Lemma != "" {
			if lk := filterKey(t.Lemma); lk != key {
				if h = mixFilterKey(lk); Begins(tab[h/16]>>(h%16*4))&BeginsAgent != 0 {
					b |= BeginsAgent
				}
			}
		}
		if b&(BeginsActor|BeginsAgent) != 0 {
			return i, b
		}
	}
	return end, 0
}
