package text

import (
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// Line-wrapped wire copy keeps the space where a hyphenated word was broken
// across lines: "a wide- ranging accord", "non- performing loans", "a new
// five- year pact". Cut as written, the halves and the hyphen are three
// tokens, and the tagger reads "wide" as an adjective left without its noun
// and "ranging" as a verb, which breaks the clause's parse. Such a split is
// one word, as the compound written whole would be; its offsets still span
// the original bytes, space and all, and only its Norm drops the space
// ("wide-ranging").
//
// A hyphen left open before a conjunction or "to" shares its second half
// with the next word ("pre- and post-war", "medium- and long-term",
// "two- to five-year") and is no split; nor is a hyphen after a number ("a
// 10- to 15-year loan") or one with a space on either side, a dash between
// clauses.

// splitHyphenAt reports whether the single hyphen at byte i of s is a
// line-wrap split: a letter ends the word glued before it, one space
// follows, and then a lower-case word that is no conjunction or "to".
func splitHyphenAt(s string, i int) bool {
	if i == 0 || i+2 >= len(s) || s[i+1] != ' ' || s[i+2] < 'a' || s[i+2] > 'z' {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); !isLetter(r) {
		return false
	}
	j := i + 2
	for j < len(s) && wordByte[s[j]] != 0 {
		j++
	}
	switch s[i+2 : j] {
	case "and", "or", "nor", "to", "und", "but", "than", "as", "through", "versus", "vs":
		return false
	}
	return true
}

// joinSplitHyphens joins each line-wrap split (splitHyphenAt) among
// toks[lo:hi], tokens of s, into one token, moving the tokens after hi
// down over those it frees, and returns the shortened slice and hi's new
// place. The Norms must be final: the joined Norm is built from them.
func joinSplitHyphens(s string, toks []annals.Token, lo, hi int) ([]annals.Token, int) {
	w := lo
	for r := lo; r < hi; r++ {
		if r+2 < hi && joinable(s, &toks[r], &toks[r+1], &toks[r+2]) {
			a, b := toks[r], toks[r+2]
			a.End = b.End
			a.Norm = a.Norm + "-" + b.Norm
			a.Flags = (a.Flags|annals.Hyphen)&^annals.AllCaps | b.Flags&annals.Digit
			toks[w] = a
			w++
			r += 2
			continue
		}
		toks[w] = toks[r]
		w++
	}
	if w == hi {
		return toks, hi
	}
	n := copy(toks[w:], toks[hi:])
	return toks[:w+n], w
}

// joinable reports whether word a, hyphen h and word b are a line-wrap
// split, each glued to its neighbour as splitHyphenAt asks.
func joinable(s string, a, h, b *annals.Token) bool {
	return h.Norm == "-" && h.End-h.Start == 1 && a.End == h.Start && b.Start == h.End+1 &&
		!a.Has(annals.Punct) && !b.Has(annals.Punct) && splitHyphenAt(s, int(h.Start))
}
