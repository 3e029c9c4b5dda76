package where

import (
	"strings"

	annals "github.com/annals-project/annals"
)

// possessiveNames reads a town whose own name ends in a possessive as
// written: "St. John's" is the capital of Newfoundland, "St. George's"
// that of Grenada. The tokenizer splits the "'s" off, and the name before
// it names a namesake elsewhere (Saint John, New Brunswick; St. George,
// Utah), which the lookup has taken. Only a gazetteer name that itself
// ends in "'s" is so read, so "Toronto's exchange" stays Toronto. The
// name followed by a capitalised word heads an institution's name ("St.
// John's Episcopal Church", "St. George's Hospital") and is no place.
func (r *Recognizer) possessiveNames(doc *annals.Doc, spans []span, res []int32, countries, named []string, buf *[]byte) {
	for x := range spans {
		sp := &spans[x]
		e := sp.tok.End
		if res[x] < 0 || sp.row > 0 || sp.box || sp.in != "" || e >= len(doc.Tokens) {
			continue
		}
		if t := &doc.Tokens[e]; t.Norm != "'s" || t.Start != doc.Tokens[e-1].End {
			continue
		}
		s := &doc.Sentences[doc.SentenceOf(sp.tok.Start)]
		if e >= s.Tokens.End {
			continue
		}
		*buf = append(append((*buf)[:0], sp.key...), 's')
		if !r.g.indexKeys.mayBytes(*buf) {
			continue
		}
		p := r.possessiveTown(string(*buf), countries, named)
		if p < 0 {
			continue
		}
		if n := e + 1; n < s.Tokens.End && capital(&doc.Tokens[n]) && doc.Tokens[n].Flags&annals.SentStart == 0 {
			res[x] = -1
			continue
		}
		res[x] = p
		sp.tok.End = e + 1
		sp.end = int(doc.Tokens[e].End)
	}
}

// possessiveTown returns the place the folded key means when the
// gazetteer holds a town of that name written with its possessive, or
// -1: the one the article's countries choose if its name is so written,
// else the best-ranked one that is ("St. John's" in a story on the United
// States is still Newfoundland's, not a St. Johns written without one).
func (r *Recognizer) possessiveTown(key string, countries, named []string) int32 {
	first := int32(-1)
	for _, q := range r.g.index[key] {
		if r.g.places[q].Kind == KindCity && possessiveName(r.g.places[q].Name) {
			first = q
			break
		}
	}
	if first < 0 {
		return -1
	}
	if p := r.g.resolveKey(key, countries, named, false); p >= 0 && possessiveName(r.g.places[p].Name) {
		return p
	}
	return first
}

// possessiveName reports whether a gazetteer name ends in a possessive,
// with either apostrophe: "St. John's", "Saint John’s".
func possessiveName(name string) bool {
	return strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s")
}
