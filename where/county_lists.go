package where

import (
	"slices"

	annals "github.com/annals-project/annals"
)

// Round 57 (issue 5), read from the read sets' misses of a region named
// like its city: a list of names that a plural "counties" or "parishes"
// closes is a list of counties, each of them the county and not the town
// it is named after, placed in the region named after the list ("from
// San Diego and Orange Counties in California", "in Marion and Pearl
// River Counties, Mississippi").

// countyPlurals close a list of counties.
var countyPlurals = map[string]bool{"counties": true, "parishes": true}

// maxCountyList is the most items before countyPlurals that countyList
// walks over.
const maxCountyList = 6

// countyList reports whether the name ending before token e of sentence
// si is an item of a list of capitalised names that one of
// countyPlurals closes.
func countyList(doc *annals.Doc, si, e int) bool {
	return countyListEnd(doc, si, e) >= 0
}

// countyListEnd returns the index of the plural of countyPlurals that
// closes the list whose item ends before token e of sentence si: the
// plural itself at e, or commas and "and" between the names up to it;
// or -1.
func countyListEnd(doc *annals.Doc, si, e int) int {
	end := doc.Sentences[si].Tokens.End
	for items := 0; e < end && items <= maxCountyList; items++ {
		t := &doc.Tokens[e]
		if countyPluralsFilter.May(t.Norm) && countyPlurals[t.Norm] {
			return e
		}
		if t.Norm != "," && t.Norm != "and" {
			return -1
		}
		e++
		if e < end && doc.Tokens[e].Norm == "and" {
			e++
		}
		if e >= end || !capital(&doc.Tokens[e]) {
			return -1
		}
		for e < end && capital(&doc.Tokens[e]) && !(countyPluralsFilter.May(doc.Tokens[e].Norm) && countyPlurals[doc.Tokens[e].Norm]) {
			e++
		}
	}
	return -1
}

// listedCounty resolves span x of spans, an item of a list of counties
// that res placed in the town p, to the region after the list, and
// reports whether it was such an item. With no region after the list the
// town stays, as it was before lists were read ("offices in Los Angeles
// and Orange counties" is placed at Los Angeles): a county that its
// article never places in a region is no better left out.
func (r *Recognizer) listedCounty(doc *annals.Doc, spans []span, res []int32, x int, p int32) bool {
	sp := spans[x]
	if countyListEnd(doc, doc.SentenceOf(sp.tok.Start), sp.tok.End) < 0 {
		return false
	}
	if b := r.listRegion(doc, spans, res, x, r.g.places[p].Country); b >= 0 {
		res[x] = b
	}
	return true
}

// listRegion returns the region that follows the list of counties span
// x of spans is an item of, after a comma or "in" ("Marion and Pearl
// River Counties, Mississippi", "San Diego and Orange Counties in
// California"), when res places it in country cc; or -1.
func (r *Recognizer) listRegion(doc *annals.Doc, spans []span, res []int32, x int, cc string) int32 {
	sp := spans[x]
	si := doc.SentenceOf(sp.tok.Start)
	k := countyListEnd(doc, si, sp.tok.End)
	if k < 0 || k+2 >= doc.Sentences[si].Tokens.End || doc.Tokens[k+1].Norm != "," && doc.Tokens[k+1].Norm != "in" {
		return -1
	}
	for y := range spans {
		if spans[y].tok.Start != k+2 || res[y] < 0 {
			continue
		}
		if b := &r.g.places[res[y]]; b.Kind == KindRegion && b.Country == cc {
			return res[y]
		}
	}
	return -1
}

// countyListRegions appends, for each list of counties among spans
// that a comma and a known region close with no span there yet, the
// region as a span that places the list: "Fresno, Ventura and Kern
// counties, Calif." (round 62). A state's abbreviation is no place
// where nothing cues it, so the scan leaves it out; after a list of
// counties it can be nothing else, and listRegion then places the
// counties in it.
func (r *Recognizer) countyListRegions(doc *annals.Doc, spans []span, buf *[]byte) []span {
	n := len(spans)
	for x := 0; x < n; x++ {
		sp := spans[x]
		if !sp.county {
			continue
		}
		si := doc.SentenceOf(sp.tok.Start)
		k := countyListEnd(doc, si, sp.tok.End)
		if k < 0 || k+2 >= doc.Sentences[si].Tokens.End || doc.Tokens[k+1].Norm != "," {
			continue
		}
		if slices.ContainsFunc(spans, func(o span) bool { return o.tok.Start == k+2 }) {
			continue
		}
		box, ok := r.match(doc, si, k+2, doc.SourceOf(si), buf)
		if !ok {
			continue
		}
		if b := r.g.container(box.key); b < 0 || r.g.places[b].Kind != KindRegion {
			continue
		}
		box.box, box.of = true, sp.key
		// In the order of the text, as the scan leaves spans.
		at, _ := slices.BinarySearchFunc(spans, box.tok.Start, func(o span, t int) int { return o.tok.Start - t })
		spans = slices.Insert(spans, at, box)
		if at <= x {
			x++
		}
		n++
	}
	return spans
}
