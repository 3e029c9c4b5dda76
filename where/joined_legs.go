package where

import (
	"strings"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 47 (issue 5), read from the misses of all the read Reuters sets
// dev7.tsv to dev35.tsv: after a cue, wire copy writes the two ends of a
// freight leg, a range of ports or a metropolitan pair as one word, joined
// by a hyphen or a slash with no space ("from Antwerp-Hamburg range", "the
// stations in Philadelphia, Fort Worth-Dallas and Houston", "into the
// Dallas/Fort Worth areas", "Dallas-Ft. Worth, Tex."). The whole is no
// name the gazetteer has, so the list read nothing there; each end is a
// town the annotators mark.

// legSideWords is how many words each end of a leg may have: "Fort Worth",
// "Puerto Cabello"; longer runs are names of something else.
const legSideWords = 3

// legOpens reports whether token j of sentence si may open a joined
// leg: a capitalised word not written all in capitals.
func legOpens(doc *annals.Doc, si, j int) bool {
	return j < doc.Sentences[si].Tokens.End && capital(&doc.Tokens[j]) && doc.Tokens[j].Flags&annals.AllCaps == 0
}

// joinedLeg reads two known towns joined by a hyphen or a slash written
// against both ("Antwerp-Hamburg", "Dallas/Fort Worth") at token j of
// sentence si, which a cue introduces, and returns their spans and the
// token after the second. Both must be towns by the gazetteer's first
// reading, neither a longer name's word; a firm's name ("Amsterdam-
// Rotterdam Bank") has a capitalised word or a firm's word after it, and
// "Mysore-Bangalore-based" more than one joiner.
func (r *Recognizer) joinedLeg(doc *annals.Doc, si, j int, src string, buf *[]byte) (x, y span, next int, ok bool) {
	s := &doc.Sentences[si]
	if !legOpens(doc, si, j) {
		return x, y, 0, false
	}
	// The joiner: a hyphen inside a token, or a "/" token between two
	// tokens written against it, within legSideWords of j.
	join, k := -1, j // byte offset of the joiner, token that holds it (or the slash)
	for ; k < s.Tokens.End && k < j+legSideWords; k++ {
		t := &doc.Tokens[k]
		w := src[t.Start:t.End]
		if h := strings.IndexByte(w, '-'); h >= 0 {
			if h == 0 || h+1 == len(w) || strings.Count(w, "-") != 1 || w[h+1] < 'A' || w[h+1] > 'Z' {
				return x, y, 0, false
			}
			join = int(t.Start) + h
			break
		}
		if t.Norm == "/" {
			if k == j || k+1 >= s.Tokens.End || doc.Tokens[k-1].End != t.Start || t.End != doc.Tokens[k+1].Start {
				return x, y, 0, false
			}
			join = int(t.Start)
			break
		}
		if !capital(t) && t.Norm != "." {
			return x, y, 0, false
		}
	}
	if join < 0 {
		return x, y, 0, false
	}
	slash := doc.Tokens[k].Norm == "/"
	as := int(doc.Tokens[j].Start)
	ae := join
	lastA := k // the token the first end ends in
	if slash {
		ae = int(doc.Tokens[k-1].End)
		lastA = k - 1
	}
	firstB := k // the token the second end starts in
	if slash {
		firstB = k + 1
	}
	bs := join + 1
	if !capital(&doc.Tokens[firstB]) && !slash {
		return x, y, 0, false
	}
	x, ok = r.legEnd(src[as:ae], as, ae, buf)
	if !ok {
		return x, y, 0, false
	}
	x.tok = annals.Range{Start: j, End: lastA + 1}
	// The second end: the longest run of words from firstB the gazetteer
	// knows as a town.
	for e := min(firstB+legSideWords, s.Tokens.End); e > firstB; e-- {
		t := &doc.Tokens[e-1]
		if !capital(t) && t.Norm != "." || t.Flags&annals.AllCaps != 0 && t.Norm != "." {
			continue
		}
		if strings.ContainsAny(src[doc.Tokens[firstB].End:t.End], "-/") {
			continue
		}
		y, ok = r.legEnd(src[bs:t.End], bs, int(t.End), buf)
		if !ok {
			continue
		}
		y.tok = annals.Range{Start: firstB, End: e}
		if e < s.Tokens.End {
			n := &doc.Tokens[e]
			if capital(n) || firmWords[n.Norm] || institutions[n.Norm] || n.Norm == "'s" || n.Norm == "-" ||
				n.Norm == "/" && n.Start == t.End {
				return x, y, 0, false
			}
			// "at the Dallas-Fort Worth airport", "in Paris-Roubaix
			// style": the pair qualifies a noun, as "the Tokyo market"
			// does, unless the noun is the area the two span ("the
			// Dallas-Fort Worth area", "the Antwerp-Hamburg range").
			if nounAfter(n, true) && !legAreas[n.Norm] {
				return x, y, 0, false
			}
		}
		// "Winston-Salem": a town the gazetteer knows whole is no leg,
		// and "Kitchener-Waterloo", towns grown together, one place.
		if r.g.twins(r.g.index[x.key], r.g.index[y.key]) {
			return x, y, 0, false
		}
		if *buf = fold.Append((*buf)[:0], src[as:t.End]); len(r.g.index[string(*buf)]) > 0 || legFirm(doc, src[as:t.End]) || pairNamesThing(doc, src[as:t.End]) {
			return x, y, 0, false
		}
		return x, y, e, true
	}
	return x, y, 0, false
}

// legFirm reports whether the article writes the pair elsewhere as a
// firm's name: before a capitalised word or a ticker ("Wheeling-
// Pittsburgh Steel Corp", "WHEELING-PITTSBURGH <QWHX>"), so that "a stake
// in Wheeling-Pittsburgh" is the firm too. Legs are rare, so the title
// and text are searched only when one is found.
func legFirm(doc *annals.Doc, pair string) bool {
	return anyPairSite(doc, pair, func(text string, k, e int) bool {
		rest := text[e:]
		after := strings.TrimLeft(rest, " ")
		return len(after) < len(rest) && after != "" && (after[0] >= 'A' && after[0] <= 'Z' || after[0] == '<')
	})
}

// anyPairSite reports whether f holds at some place the title or text
// writes pair (ASCII case ignored), given that text and the pair's start
// k and end e in it; places are read left to right without overlapping.
func anyPairSite(doc *annals.Doc, pair string, f func(text string, k, e int) bool) bool {
	for _, text := range [2]string{doc.Title, doc.Text} {
		for at := 0; ; {
			k := indexFold(text[at:], pair)
			if k < 0 {
				break
			}
			k += at
			at = k + len(pair)
			if f(text, k, at) {
				return true
			}
		}
	}
	return false
}

// indexFold is strings.Index ignoring ASCII case, for wire copy's
// capitalised titles.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// legEnd looks name up as one end of a leg: a town by the gazetteer's
// first reading, with a trailing full stop dropped ("Dallas-Ft.").
func (r *Recognizer) legEnd(name string, start, end int, buf *[]byte) (span, bool) {
	*buf = fold.Append((*buf)[:0], strings.TrimSuffix(name, "."))
	list := r.g.index[string(*buf)]
	if len(list) == 0 || r.g.places[list[0]].Kind != KindCity || commonWords[string(*buf)] || notPlaces[string(*buf)] {
		return span{}, false
	}
	return span{start: start, end: end, key: string(*buf)}, true
}

// legAreas are the nouns after a leg that name the area between its
// ends rather than a thing there.
var legAreas = map[string]bool{
	"area": true, "areas": true, "range": true, "region": true, "metropolitan": true, "corridor": true,
}

// legSpans adds a leg's two ends to spans as the list loop adds a name
// it matched: weak after a weak cue, the second end always an item of a
// list.
func legSpans(spans []span, x, y span, weak, listed bool) []span {
	x.weak, y.weak = weak, weak
	x.listed, y.listed = listed, true
	return append(spans, x, y)
}

// listNext returns the token after a list's separator at e (",", "and",
// "or", ", and"), or e where none follows and the list ends.
func listNext(doc *annals.Doc, si, e int) int {
	s := &doc.Sentences[si]
	j := e
	if j < s.Tokens.End && doc.Tokens[j].Norm == "," {
		j++
	}
	if j < s.Tokens.End && (doc.Tokens[j].Norm == "and" || doc.Tokens[j].Norm == "or") {
		j++
	}
	if j > e && j < s.Tokens.End && doc.Tokens[j].Norm == "the" {
		j++
	}
	return j
}
