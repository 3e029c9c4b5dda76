package where

import (
	"math"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Issue 5, the read sets' table-cell misses (round 66): wire tables of
// weather, livestock receipts and cash grain by market list the towns of
// one part of a country, row after row ("ST LOUIS   55 44 t DETROIT   53
// 46 .03  JOPLIN   57 40", "PEORIA  66 39   QUINCY   57 38", "SOYBEANS
// TOLEDO   5 UND MAY UNC"), and the annotators mark every row's town,
// however small. tableRow kept only cities of minRowCity people, lest a
// clipped name ("St Lo") be taken for a village, and nearRow chose among
// those alone, so that "QUINCY" after Peoria was Quincy, Massachusetts; a
// row after a footnote flag ("t" for a trace of rain) or a change word
// ("UNC"), a row of two figures set one space after its name, and a cash
// grain row's basis cells ("5 UND") were not read as rows.

// rowReach is how far, in km, a town smaller than minRowCity may lie from
// the town of a row before it for a row's name to mean it: a table of one
// region's markets spans a few states ("ILLINOIS  WISCONSIN", "KANSAS
// MINNESOTA").
const rowReach = 600

// rowRefs is how many rows before a row's name nearTown measures from:
// a table set in two columns interleaves two states' towns.
const rowRefs = 4

// rowFlag reports whether the token before token i of sentence si is a
// footnote flag that closes the row before: one lower-case letter after
// the row's last figure, as a weather table marks a trace of rain ("55 44
// t DETROIT  53 46"). "a" is left out: "5 a Detroit" is prose.
func rowFlag(doc *annals.Doc, si, i int) bool {
	if i-2 < doc.Sentences[si].Tokens.Start {
		return false
	}
	p := &doc.Tokens[i-1]
	if len(p.Norm) != 1 || p.Norm[0] < 'b' || p.Norm[0] > 'z' || p.Flags&(annals.Cap|annals.AllCaps) != 0 || p.End-p.Start != 1 {
		return false
	}
	return cell(&doc.Tokens[i-2])
}

// rowKm is the distance in km between two places, as the crow flies.
func rowKm(a, b *Candidate) float64 {
	const r = 6371.0
	la1, la2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dla, dlo := la2-la1, (b.Lon-a.Lon)*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

// nearTown returns the town of the name key, of any size the gazetteer
// keeps, that lies within rowReach km of the towns of the last rowRefs
// rows of spans (their listed spans that are cities), in their country,
// as votedTown weighs them; -1 when none lies so near. A row's name that
// is a common word or never a place is left alone.
func (r *Recognizer) nearTown(spans []span, key string) int32 {
	list := r.g.index[key]
	if len(list) == 0 || notPlaces[key] || commonWords[key] {
		return -1
	}
	refs, n := r.rowTowns(spans)
	return r.votedTown(list, refs[:n])
}

// rowGreat is the population from which a row's city is never taken
// for a smaller namesake nearer the rows before: "Dallas" after Memphis
// in a cotton table is Dallas, Texas.
const rowGreat = 500_000

// nearerRow returns the town of the name key that a row means, given
// big, the city of minRowCity people of that name nearest the town p of
// the row before (-1 if none): big itself, unless it lies beyond
// rowReach km of p and is no great city, when a smaller namesake within
// half rowReach km of p, the nearest, is meant. "QUINCY" after Peoria is
// Quincy, Illinois, not Massachusetts; "NEW HAVEN" after Cincinnati New
// Haven, Indiana; but "Greenville" after Lubbock in a cotton table keeps
// South Carolina's, no Greenville lying that near Lubbock.
func (r *Recognizer) nearerRow(key string, big, p int32) int32 {
	at := &r.g.places[p]
	if big >= 0 && (r.g.places[big].Population >= rowGreat || rowKm(&r.g.places[big], at) <= rowReach) {
		return big
	}
	best, bestD := big, rowReach/2.0
	for _, c := range r.g.index[key] {
		o := &r.g.places[c]
		if o.Kind != KindCity || o.Country != at.Country {
			continue
		}
		if d := rowKm(o, at); d <= bestD {
			best, bestD = c, d
		}
	}
	return best
}

// rowTowns returns the towns of the last rowRefs rows of spans, their
// listed spans that are cities, latest first, and how many there are;
// the count stops at a listed span that is no city.
func (r *Recognizer) rowTowns(spans []span) (refs [rowRefs]int32, n int) {
	for x := len(spans) - 1; x >= 0 && n < rowRefs; x-- {
		o := &spans[x]
		if !o.listed || o.box {
			continue
		}
		ref := int32(-1)
		if o.fixed > 0 {
			ref = o.fixed - 1
		} else if l := r.g.index[o.key]; len(l) > 0 {
			ref = l[0]
		}
		if ref < 0 || r.g.places[ref].Kind != KindCity {
			break
		}
		refs[n] = ref
		n++
	}
	return refs, n
}

// closedRow reports whether the two cells at tokens k and k+1 of
// sentence si, set one space after a row's name, close a row that a
// column gap or a line break ends, perhaps after a footnote flag: "DES
// MOINES 67 36       FT WAYNE", "TERRE HAUTE 54 42 t" at a line's end.
// fullRow asks three cells of a row so spaced; a weather table's rows
// have two. So short a row is taken only in a table of towns, after a
// row of one in spans: an exchange-rate table's "YEN 25.9575 26.0575
// ZAIRE 0.3690 0.3770" names currencies.
func (r *Recognizer) closedRow(doc *annals.Doc, si, k int, src string, spans []span) bool {
	s := &doc.Sentences[si]
	e := k + 2
	if e > s.Tokens.End || !cell(&doc.Tokens[k]) || !cell(&doc.Tokens[k+1]) {
		return false
	}
	if _, n := r.rowTowns(spans); n == 0 {
		return false
	}
	if e < s.Tokens.End && rowFlag(doc, si, e+1) {
		e++
	}
	end := int(doc.Tokens[e-1].End)
	if e == s.Tokens.End {
		return lineEnd(src, end)
	}
	return wideGap(src, end, int(doc.Tokens[e].Start))
}

// lineEnd reports whether only spaces lie between byte offset at of src
// and a line break or the end of src.
func lineEnd(src string, at int) bool {
	for ; at < len(src); at++ {
		switch src[at] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// basisWords say where a cash price stands against the futures month
// after it, under or over: a cash grain table's cells "5 UND MAY UNC",
// "1/2 OVR MAY UP 2".
var basisWords = map[string]bool{"und": true, "ovr": true}

// secondCell reports whether token t fills a row's second cell: a
// table's cell, or the basis word after a cash grain table's figure.
func secondCell(t *annals.Token) bool {
	return cell(t) || t.Flags&annals.AllCaps != 0 && basisWords[t.Norm]
}

// closesRow reports whether token p ends the row before a row's name: a
// price list's word for a change or its absence ("MAY UNC CINCINNATI
// 1 OVR", "off 605, Stratford").
func closesRow(p *annals.Token) bool {
	return rowWordsFilter.May(p.Norm) && rowWords[p.Norm]
}

// rowHead reports whether token i of sentence si ends the name heading a
// table's row, two cells or a column gap and one following it
// ("SOYBEANS TOLEDO   5 UND MAY", "WHEAT TOLEDO  58 LB"): the
// capitalised word before it is the table's heading or the row before's
// last word, no given name.
func rowHead(doc *annals.Doc, si, i int, src string) bool {
	end := doc.Sentences[si].Tokens.End
	if i+2 >= end || !cell(&doc.Tokens[i+1]) {
		return false
	}
	return secondCell(&doc.Tokens[i+2]) || wideGap(src, int(doc.Tokens[i].End), int(doc.Tokens[i+1].Start))
}

// maxColumnGap is how many tokens may lie between a column's heading and
// the first cell under it: the next column's heading, a row's name of a
// few words, "(CONTINUED)".
const maxColumnGap = 8

// stateHeading recognises a state or province heading a column of a
// table of towns, in capitals, as a weather table sets each state's towns
// under its name: "ILLINOIS        WISCONSIN CHICAGO    60 36", "KANSAS
// NORFOLK    64 32". The annotators mark the state. A column gap or a
// line break lies before or after it; after it, within maxColumnGap tokens
// of words in capitals and brackets, come a row's cells, and where one
// space follows it, the row's name is a place the gazetteer knows. A
// headline ("TEXAS OIL OUTPUT 1.2 MLN BPD") has no column gap. It appends
// the region's span and returns the end of the name.
func (r *Recognizer) stateHeading(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if s.Title || t.Flags&annals.AllCaps == 0 || !word(t) {
		return 0, false
	}
	// The name: one word or two in capitals one space apart ("NORTH
	// DAKOTA"), looked up alone, for the next column's heading or a
	// row's name may follow it ("WISCONSIN CHICAGO").
	e, p := i, int32(-1)
	for w := i; w < s.Tokens.End && w < i+2; w++ {
		u := &doc.Tokens[w]
		if u.Flags&annals.AllCaps == 0 || !word(u) || w > i && int(u.Start) != int(doc.Tokens[w-1].End)+1 {
			break
		}
		*buf = fold.Append((*buf)[:0], src[t.Start:u.End])
		if c := r.g.container(string(*buf)); c >= 0 && r.g.places[c].Kind == KindRegion {
			e, p = w+1, c
		}
	}
	if p < 0 {
		return 0, false
	}
	before := i > s.Tokens.Start && wideGap(src, int(doc.Tokens[i-1].End), int(t.Start)) || lineStart(src, int(t.Start))
	after := e < s.Tokens.End && wideGap(src, int(doc.Tokens[e-1].End), int(doc.Tokens[e].Start))
	if !before && !after {
		return 0, false
	}
	start, stop := int(t.Start), int(doc.Tokens[e-1].End)
	*buf = fold.Append((*buf)[:0], src[start:stop])
	sp := span{tok: annals.Range{Start: i, End: e}, start: start, end: stop, key: string(*buf), area: true, heading: true}
	for n := e; n < s.Tokens.End && n < e+maxColumnGap; n++ {
		u := &doc.Tokens[n]
		switch {
		case cell(u):
			if n == e {
				return 0, false // "IOWA 3,450": a row, not a heading
			}
			// One space after it, the row's name must be a place:
			// "MISSOURI CEDAR RAPIDS 66 34", not "ILLINOIS RIVER -
			// SENECA", "TEXAS PANHANDLE  3.05" or "KANSAS CTY 56 37".
			if !after {
				*buf = fold.Append((*buf)[:0], src[doc.Tokens[e].Start:doc.Tokens[n-1].End])
				if len(r.g.index[string(*buf)]) == 0 {
					return 0, false
				}
			}
			*spans = append(*spans, sp)
			return e, true
		case word(u) && u.Flags&annals.AllCaps == 0:
			return 0, false
		case !word(u) && u.Norm != "(" && u.Norm != ")" && u.Norm != "." && u.Norm != "/":
			return 0, false
		}
	}
	return 0, false
}
