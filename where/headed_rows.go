package where

import (
	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Issue 5, the read sets' table-row misses (round 84): a weather or crop
// table sets each state's towns under the state's name in capitals, two
// columns side by side ("KANSAS   NORFOLK 64 32 ... RUSSELL 53 40
// VALENTINE 64 24 ... MINNESOTA WICHITA 55 43 ALEXANDRIA 70 39"), and
// stateHeading marks the heading. tableRow never read the heading back: a
// row's small town was looked for near the rows before alone, across
// states, so that "ALEXANDRIA" under Minnesota was Virginia's, "BELOIT"
// under Kansas Wisconsin's, and a town only the second tier has
// ("RUSSELL", "PELLSTON") was no row at all. A row under a heading is a
// town of the heading's state when that state has one of the name.

// headingCols is how many state headings a row may fall under: a table
// set in two columns runs two states' towns side by side.
const headingCols = 2

// rowHeadings returns the keys of the state headings that the next row
// of a table falls under, the latest first: those of the last headingCols
// heading spans of spans, reached back over the table's rows (listed
// spans) alone. A place named in prose ends the table.
func rowHeadings(spans []span) (keys [headingCols]string, n int) {
	for x := len(spans) - 1; x >= 0 && n < headingCols; x-- {
		switch o := &spans[x]; {
		case o.heading:
			keys[n] = o.key
			n++
		case !o.listed:
			return keys, n
		}
	}
	return keys, n
}

// headedRow settles the name heading a table's row, tokens i to k (the
// first cell), by the state headings of the table, and reports whether it
// did: sp, when known is true, is the span the gazetteer's lookup gave
// the name. A town of the name in a heading's state is the row's (the
// most populous when both columns' states have one), appended to spans.
// When the main tier has none there and no city of minRowCity people in
// the headings' country bears the name, a small town of the second tier
// in a heading's state is, appended to towns with that state as its
// region, which annotate resolves once the tier is open.
func (r *Recognizer) headedRow(doc *annals.Doc, i, k int, src string, buf *[]byte, spans, towns *[]span, sp span, known bool) bool {
	heads, n := rowHeadings(*spans)
	if n == 0 {
		return false
	}
	if known {
		best := int32(-1)
		for _, h := range heads[:n] {
			c, _ := r.g.within(sp.key, h)
			if c >= 0 && r.g.places[c].Kind == KindCity && (best < 0 || r.g.places[c].Population > r.g.places[best].Population) {
				best = c
			}
		}
		if best >= 0 {
			sp.fixed, sp.listed = best+1, true
			*spans = append(*spans, sp)
			return true
		}
		if r.g.places[r.g.index[sp.key][0]].Kind != KindCity {
			return false // "N.E. INDIANA  10 UND": a region's row
		}
	}
	// A town of the second tier: a name of words alone, no common word.
	for x := i; x < k; x++ {
		if !word(&doc.Tokens[x]) {
			return false
		}
	}
	start, stop := int(doc.Tokens[i].Start), int(doc.Tokens[k-1].End)
	*buf = fold.Append((*buf)[:0], src[start:stop])
	key := string(*buf)
	if len(key) < minTownKey || commonWords[key] || notPlaces[key] || r.greatNamesake(key, heads[0]) {
		return false
	}
	tier, err := r.g.smallTowns()
	if err != nil {
		return false
	}
	for _, h := range heads[:n] {
		if r.g.town(tier, key, h, nil).ok() {
			*towns = append(*towns, span{tok: annals.Range{Start: i, End: k}, start: start, end: stop, key: key, in: h, listed: true})
			return true
		}
	}
	return false
}

// greatNamesake reports whether a city of minRowCity people in the
// country of the region that head names bears the name key: a row of a
// great city's name ("FARGO" under a neighbouring state's heading) is
// that city, never a village of the heading's state.
func (r *Recognizer) greatNamesake(key, head string) bool {
	b := r.g.container(head)
	if b < 0 {
		return true
	}
	for _, p := range r.g.index[key] {
		if c := &r.g.places[p]; c.Kind == KindCity && c.Country == r.g.places[b].Country && c.Population >= minRowCity {
			return true
		}
	}
	return false
}
