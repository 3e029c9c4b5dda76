package where

import (
	"math"
	"strings"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 48 (issue 5), read from the misses of the read Reuters sets
// dev23.tsv to dev35.tsv: wire copy's tables of prices, receipts and
// stocks (grain, cattle, cotton, warehouses) name a market town at the
// head of each row, and the annotators mark every such town. tableRow
// read the rows whose cells follow the name across a column gap; it
// missed rows whose empty cells are written "---", rows set with one
// space ("KANSAS CITY 100    ---    100"), and the first row after a
// shouted column heading ("HOGS KANSAS CITY", "WISCONSIN CHICAGO").

// dashCell reports whether norm is an empty cell written as a run of
// three dashes or more ("---"); "-" and "--" are in cellWords.
func dashCell(norm string) bool {
	return len(norm) >= 3 && norm[0] == '-' && strings.Trim(norm, "-") == ""
}

// fullRow reports whether the name ending at token k of sentence si
// heads a row of at least three cells, which says a table however the
// cells are spaced: "KANSAS CITY 100    ---    100". Two figures after a
// name may be prose ("Chicago 1987 sales"); three cells in a row are not.
func fullRow(doc *annals.Doc, si, k int) bool {
	if k+2 >= doc.Sentences[si].Tokens.End {
		return false
	}
	for n := k; n < k+3; n++ {
		if !cell(&doc.Tokens[n]) {
			return false
		}
	}
	return true
}

// shoutedHead reports whether token i of a row's name, written in
// capitals, follows with one space a heading's last word, itself in
// capitals after a column gap or a line break, as the last column
// heading runs into the first row's name when the wire drops the line
// break: "CATTLE  HOGS KANSAS CITY 100", "ILLINOIS     WISCONSIN CHICAGO
// 60 36". A word of the name itself ("WEST FARGO", "FT WAYNE", "PORT
// ARTHUR") is no heading, nor the end of a firm's name in a stock table
// ("CON ED NY   43 1/4"), whose word before comes after one space.
func shoutedHead(doc *annals.Doc, si, i int, src string) bool {
	if i-1 <= doc.Sentences[si].Tokens.Start {
		return false
	}
	q, p, t := &doc.Tokens[i-2], &doc.Tokens[i-1], &doc.Tokens[i]
	if p.Flags&annals.AllCaps == 0 || t.Flags&annals.AllCaps == 0 || !word(p) || len(p.Norm) <= 3 {
		return false
	}
	if compass[p.Norm] || nameHeads[p.Norm] {
		return false
	}
	return wideGap(src, int(q.End), int(p.Start))
}

// nameHeads are the words that open a town's name of several words,
// which a row's name may start with: "PORT ARTHUR", "GRAND RAPIDS".
var nameHeads = map[string]bool{
	"port": true, "fort": true, "lake": true, "grand": true, "santa": true, "saint": true,
	"mount": true, "upper": true, "lower": true, "little": true, "great": true, "cape": true,
	"sioux": true, "cedar": true, "rapid": true, "traverse": true, "terre": true, "dodge": true,
	"kansas": true, "okla": true, "salt": true, "palm": true, "long": true, "baton": true,
}

// rowName looks up, as one name, the run of capitalised tokens i to k
// of sentence si that heads a table's row, when it opens with a short
// word in capitals: "ST LOUIS    200    100", "ST PAUL     1,400". The
// lookup reads such a word amid capitals as shouted text ("LET US GO"),
// which a row's name of two words or more is not. The whole run must be
// the name, as tableRow asks of exact's.
func (r *Recognizer) rowName(doc *annals.Doc, i, k int, src string, buf *[]byte) (span, bool) {
	t := &doc.Tokens[i]
	if k-i < 2 || t.Flags&annals.AllCaps == 0 || t.End-t.Start > 3 {
		return span{}, false
	}
	for n := i; n < k; n++ {
		if !word(&doc.Tokens[n]) {
			return span{}, false
		}
	}
	start, stop := int(t.Start), int(doc.Tokens[k-1].End)
	*buf = fold.Append((*buf)[:0], src[start:stop])
	if list, ok := r.g.index[string(*buf)]; !ok || len(list) == 0 {
		return span{}, false
	}
	return span{tok: annals.Range{Start: i, End: k}, start: start, end: stop, key: string(*buf)}, true
}

// rowWords are the words of a price list's cells that carry no digit:
// "unch" (unchanged), "off", "up", "dn" (down) and "nil".
var rowWords = map[string]bool{"unch": true, "unc": true, "off": true, "up": true, "dn": true, "nil": true}

// maxRowName is how many tokens a list row's town and state may take:
// "E. St Louis", "Camden N.J.", "Vancouver , Wash".
const maxRowName = 5

// priceRow recognises, with no cue before it, a town heading an item
// of a list of figures run together as a paragraph, as wire copy gives a
// warehouse's stocks or an exchange's deliveries by town: "Port of New
// York 6,468 unch, New Haven 4,351 off 605, Stratford Conn 785 unch",
// "TENDERS - Joliet 29, Peoria 6, Sioux City 8". The item opens after a
// comma, a full stop or a dash that ends the item before (its figure or
// "unch"), or after a dash that ends a heading in capitals; the town,
// perhaps with its state ("Stratford Conn", "Camden N.J."), is followed
// by a figure or "nil", and that by the next item's comma, a full stop,
// a cell word or the end of the sentence. Firms in such lists ("Chase
// Manhattan 7,500") are names the gazetteer lacks. A town without its
// state must be a city of minRowCity people, as tableRow asks. It
// appends the town's span (and the state's) and returns the end.
func (r *Recognizer) priceRow(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if i < 2 || !capital(&doc.Tokens[i]) || !r.rowOpens(doc, i) {
		return 0, false
	}
	// f: the item's figure, after the town and its state.
	f := i + 1
	for ; f < s.Tokens.End && f < i+maxRowName+1; f++ {
		t := &doc.Tokens[f]
		if t.Flags&annals.Digit != 0 || t.Norm == "nil" {
			break
		}
		if !capital(t) && t.Norm != "." && t.Norm != "," {
			return 0, false
		}
	}
	if f >= s.Tokens.End || f >= i+maxRowName+1 || f > i+1 && doc.Tokens[f-1].Norm == "," {
		return 0, false
	}
	if n := f + 1; n < s.Tokens.End {
		if t := &doc.Tokens[n]; t.Norm != "," && t.Norm != "." && !rowWords[t.Norm] && !cell(t) {
			return 0, false
		}
		// "Chesterfield 7, a 210 megawatt unit": after the comma, the
		// next item's name, not a clause.
		if doc.Tokens[n].Norm == "," && (n+1 >= s.Tokens.End || !capital(&doc.Tokens[n+1])) {
			return 0, false
		}
	}
	end := f
	for end > i && doc.Tokens[end-1].Norm == "." {
		end--
	}
	// The town alone: "New Haven 4,351", "Chicago 362".
	if sp, ok := r.exact(doc, si, i, src, buf); ok && sp.tok.End == end {
		if top := &r.g.places[r.g.index[sp.key][0]]; top.Kind != KindCity || top.Population < minRowCity {
			return 0, false
		}
		sp.listed = true
		r.nearRow(*spans, &sp)
		*spans = append(*spans, sp)
		return f, true
	}
	// The town and its state: "Stratford Conn 785", "El Paso Tex. 45,406".
	for e := i + 1; e < end; e++ {
		b := e
		if doc.Tokens[b].Norm == "," {
			b++
		}
		box, ok := r.match(doc, si, b, src, buf)
		if !ok || box.tok.End != end || r.g.container(box.key) < 0 {
			continue
		}
		start, stop := int(doc.Tokens[i].Start), int(doc.Tokens[e-1].End)
		*buf = fold.Append((*buf)[:0], src[start:stop])
		town := span{tok: annals.Range{Start: i, End: e}, start: start, end: stop, key: string(*buf)}
		if p, _ := r.g.within(town.key, box.key); p < 0 || r.g.container(town.key) >= 0 {
			return 0, false
		}
		town.in, town.listed = box.key, true
		box.box, box.of = true, town.key
		*spans = append(*spans, town, box)
		return f, true
	}
	return 0, false
}

// rowOpens reports whether token i opens an item of a list of figures:
// the token before is a comma, a full stop or a dash after the last
// item's figure or cell word ("785 unch, Camden"), or a dash after a
// heading's word in capitals ("TENDERS - Joliet").
func (r *Recognizer) rowOpens(doc *annals.Doc, i int) bool {
	p, q := &doc.Tokens[i-1], &doc.Tokens[i-2]
	switch p.Norm {
	case ",", ".":
	case "-", "--":
		if q.Flags&annals.AllCaps != 0 && word(q) && len(q.Norm) > 3 {
			return true
		}
	default:
		return false
	}
	return q.Flags&annals.Digit != 0 || rowWordsFilter.May(q.Norm) && rowWords[q.Norm]
}

// nearRow settles a row's town whose name several cities of a country
// share by the town of the row before it: a table's markets lie in one
// part of a country, so "Joliet 29, Peoria 6" is Peoria, Illinois, not
// the larger Peoria in Arizona. The row before is the last listed span
// of spans; the town keeps the gazetteer's first reading when no row
// comes before, or the row before lies in another country.
func (r *Recognizer) nearRow(spans []span, sp *span) {
	list := r.g.index[sp.key]
	if len(list) < 2 || sp.in != "" {
		return
	}
	refs, n := r.rowTowns(spans)
	if n == 0 {
		return
	}
	ref := refs[0]
	at := &r.g.places[ref]
	best, bestD := int32(-1), 0.0
	for _, p := range list {
		c := &r.g.places[p]
		if c.Kind != KindCity || c.Country != at.Country || c.Population < minRowCity {
			continue
		}
		dlat, dlon := c.Lat-at.Lat, (c.Lon-at.Lon)*math.Cos(at.Lat*math.Pi/180)
		if d := dlat*dlat + dlon*dlon; best < 0 || d < bestD {
			best, bestD = p, d
		}
	}
	// "PEORIA  66 39   QUINCY  57 38": a smaller town near the row
	// before, when every city of minRowCity people lies far off.
	if best < 0 {
		best = r.nearTown(spans, sp.key)
	} else if !notPlaces[sp.key] && !commonWords[sp.key] {
		best = r.nearerRow(sp.key, best, ref)
	}
	if best >= 0 && best != list[0] {
		sp.fixed = best + 1
	}
}

// maxHeadWords is how many words in capitals a table's heading may have
// after its country: "COARSE GRAIN", "SOYBEAN OIL".
const maxHeadWords = 3

// headedTable recognises a country heading a table of its own figures
// on a line of its own, in capitals with the commodity the table gives,
// as the Agriculture Department's supply tables do by country: "USSR
// COARSE GRAIN", "BRAZIL SOYBEAN OIL, in mln tonnes --", "JAPAN CORN".
// The line below opens with a figure ("1986/87   1985/86"). The
// annotators mark the country: the table is of its crop. It appends the
// span and returns the end of the name.
func (r *Recognizer) headedTable(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if t.Flags&annals.AllCaps == 0 || !lineStart(src, int(t.Start)) {
		return 0, false
	}
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok {
		// "USSR CORN": the lookup reads a known name before another
		// capitalised word as the head of a longer name.
		k := i + 1
		for k < s.Tokens.End && k < i+3 && capital(&doc.Tokens[k]) {
			*buf = fold.Append((*buf)[:0], src[t.Start:doc.Tokens[k-1].End])
			if p := r.g.container(string(*buf)); p >= 0 && r.g.places[p].Kind == KindCountry {
				sp, ok = span{tok: annals.Range{Start: i, End: k}, start: int(t.Start), end: int(doc.Tokens[k-1].End), key: string(*buf)}, true
				break
			}
			k++
		}
		if !ok {
			return 0, false
		}
	}
	if p := r.g.container(sp.key); p < 0 || r.g.places[p].Kind != KindCountry {
		return 0, false
	}
	// The commodity: one to maxHeadWords words in capitals, then the
	// line's end, or a comma or "--" before it.
	e := sp.tok.End
	n := e
	for n < s.Tokens.End && n < e+maxHeadWords && doc.Tokens[n].Flags&annals.AllCaps != 0 && word(&doc.Tokens[n]) {
		n++
	}
	if n == e {
		return 0, false
	}
	line := int(doc.Tokens[n-1].End)
	nl := strings.IndexByte(src[line:], '\n')
	if nl < 0 {
		return 0, false
	}
	rest := src[line : line+nl]
	if r := strings.TrimSpace(rest); r != "" && !strings.HasSuffix(r, "--") {
		return 0, false
	}
	// The line below, past blank ones, opens with a figure.
	below := strings.TrimLeft(src[line+nl:], " \t\r\n")
	if below == "" || below[0] < '0' || below[0] > '9' {
		return 0, false
	}
	*spans = append(*spans, sp)
	return e, true
}

// lineStart reports whether byte offset at of src opens a line: only
// spaces lie between it and a line break.
func lineStart(src string, at int) bool {
	k := at
	for k > 0 && (src[k-1] == ' ' || src[k-1] == '\t') {
		k--
	}
	return k > 0 && src[k-1] == '\n'
}
