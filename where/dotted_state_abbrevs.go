package where

import (
	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// dottedStateAbbrev reports whether the abbreviation at tokens j..e-1 of
// sentence si is a state or province written in dotted capital initials
// ("Kimberley, B.C.", "Castlegar, B.C."), after a comma and a town that
// the gazetteer places in that very area. afterTown takes only the mixed
// case of "Mo." and "Ont.", which keeps "MO" and "LA" out, but an area
// whose abbreviation is initials is written in capitals; the town before
// it keeps out initials that say something else ("Smith, M.D.").
func (r *Recognizer) dottedStateAbbrev(doc *annals.Doc, si, j, e int, src string) bool {
	s := &doc.Sentences[si]
	if j-2 < s.Tokens.Start || doc.Tokens[j-1].Norm != "," || e > s.Tokens.End {
		return false
	}
	// Initials: a capital and a full stop, at least twice, with no space.
	text := src[doc.Tokens[j].Start:doc.Tokens[e-1].End]
	if e < s.Tokens.End && doc.Tokens[e].Norm == "." && doc.Tokens[e].Start == doc.Tokens[e-1].End {
		text = src[doc.Tokens[j].Start:doc.Tokens[e].End]
	}
	if !initials(text) {
		return false
	}
	var scratch [64]byte
	return r.townBefore(doc, si, j, src, string(fold.Append(scratch[:0], text)))
}

// initials reports whether s is two or more capital letters each
// followed by a full stop: "B.C.", not "Mo." or "BC".
func initials(s string) bool {
	n := 0
	for i := 0; i < len(s); i += 2 {
		if i+1 >= len(s) || s[i] < 'A' || s[i] > 'Z' || s[i+1] != '.' {
			return false
		}
		n++
	}
	return n >= 2
}
