package event

import (
	"strings"

	"github.com/annals-project/annals"
)

// capitalNoun reports whether token t, tagged as a name, is a noun of the
// noun patterns written with a capital after an abbreviation's full stop,
// and returns the noun's lemma. Reuters capitalises the word after "U.S."
// or "U.K." ("a U.S. Attack on an Iranian oil-drilling platform", "U.S.
// Criticism of its trade policies"), and the tagger reads it as a name, so
// the act goes uncoded. A word followed by another capitalised name is
// part of a title or name ("U.S. Trade Representative") and stays one.
func (c *Coder) capitalNoun(sc *sentCtx, t int) (string, bool) {
	toks := sc.doc.Tokens
	if !sc.own || t <= sc.start || t+1 >= sc.end {
		return "", false
	}
	tok, prev, next := &toks[t], &toks[t-1], &toks[t+1]
	if tok.Tag != annals.NNP && tok.Tag != annals.NNPS || !tok.Has(annals.Cap) {
		return "", false
	}
	if len(prev.Norm) < 3 || !strings.HasSuffix(prev.Norm, ".") || sc.mentionEndingAt(t) < 0 || sc.mentionAt(t) {
		return "", false // only after an actor's abbreviation, and not itself an actor's word
	}
	if next.Has(annals.Cap) && (next.Tag == annals.NNP || next.Tag == annals.NNPS) {
		return "", false
	}
	word := tok.Norm
	if len(c.dict.NounsFor(word)) == 0 {
		word = strings.TrimSuffix(word, "s") // "Attacks", "Threats"
		if word == tok.Norm || len(c.dict.NounsFor(word)) == 0 {
			return "", false
		}
	}
	return word, true
}
