package where

import (
	"math"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// List neighbours: "the towns damaged were primarily Carrascal,
// Cantilan, Madrid, Carmen, Lanuza, and Cortes". A bare list of towns
// with no region beside each item is written so because its items go
// together: news lists the towns a quake struck, a storm crossed or a
// party swept, and such towns are neighbours, in one province. So when
// two items or more are towns found in the same first-level division of
// one country, and no item is placed anywhere else, an item that names
// a town of that same division is that town, though the name alone
// would mean a capital abroad (Madrid), a given name (Carmen) or
// several towns of the country (Cortes); of several such towns, the one
// nearest the others. A town the list places elsewhere yields so too,
// unless it is a capital or a great city. Only a town of that very
// division is taken: a name it holds no town of is left as it was.

// minListItems is the shortest list the rule reads: two names joined by
// "and" are as often a pair of anything.
const minListItems = 3

// maxItemWords is the longest list item the rule reads, in words.
const maxItemWords = 3

// listItem is a capitalised run of a list: its tokens.
type listItem struct{ start, end int }

// listSeparator reports whether the tokens from k on begin a separator
// between list items (",", "and", "or", ", and", ", or"), and returns
// the token after it.
func listSeparator(doc *annals.Doc, s *annals.Sentence, k int) (int, bool) {
	if k >= s.Tokens.End {
		return k, false
	}
	switch doc.Tokens[k].Norm {
	case ",":
		if k+1 < s.Tokens.End && (doc.Tokens[k+1].Norm == "and" || doc.Tokens[k+1].Norm == "or") {
			return k + 2, true
		}
		return k + 1, true
	case "and", "or":
		return k + 1, true
	}
	return k, false
}

// capitalRun returns the end of the capitalised words from token k, at
// most maxItemWords of them, or k when there are none or too many.
func capitalRun(doc *annals.Doc, s *annals.Sentence, k int) int {
	e := k
	for e < s.Tokens.End && word(&doc.Tokens[e]) && capital(&doc.Tokens[e]) && doc.Tokens[e].Flags&annals.AllCaps == 0 {
		e++
	}
	if e-k > maxItemWords {
		return k
	}
	return e
}

// sentenceList returns the list of sentence si that holds the token at:
// a run of capitalised items joined by separators, the last ending the
// sentence or a clause; nil when the run goes on into other words.
func sentenceList(doc *annals.Doc, si, at int) []listItem {
	s := &doc.Sentences[si]
	// Walk back to the first item of the run that holds at.
	start := at
	for start > s.Tokens.Start && capital(&doc.Tokens[start-1]) && word(&doc.Tokens[start-1]) {
		start--
	}
	for {
		// The token before start must end a separator after an item.
		k := start - 1
		if k < s.Tokens.Start {
			break
		}
		var sepStart int
		switch doc.Tokens[k].Norm {
		case "and", "or":
			sepStart = k
			if k-1 >= s.Tokens.Start && doc.Tokens[k-1].Norm == "," {
				sepStart = k - 1
			}
		case ",":
			sepStart = k
		default:
			sepStart = -1
		}
		if sepStart <= s.Tokens.Start {
			break
		}
		b := sepStart
		for b > s.Tokens.Start && capital(&doc.Tokens[b-1]) && word(&doc.Tokens[b-1]) {
			b--
		}
		if b == sepStart || sepStart-b > maxItemWords {
			break
		}
		start = b
	}
	var items []listItem
	for k := start; ; {
		e := capitalRun(doc, s, k)
		if e == k {
			break
		}
		items = append(items, listItem{k, e})
		n, ok := listSeparator(doc, s, e)
		if !ok {
			// The list must end here: the sentence or a clause ends.
			if e < s.Tokens.End && word(&doc.Tokens[e]) {
				return nil
			}
			break
		}
		k = n
	}
	return items
}

// divisionOf is a town's country and first-level division.
type divisionOf struct{ country, admin string }

// listNeighbours applies the rule above to the resolved spans (res, and
// a row of the second tier in span.row). It may add spans for items no
// rule had found; it returns spans and res, grown so.
func (r *Recognizer) listNeighbours(doc *annals.Doc, spans []span, res []int32, tier **townTier, buf *[]byte) ([]span, []int32, error) {
	// The divisions of the towns placed, by span.
	town := func(x int) (divisionOf, bool) {
		c := r.placeAt(spans, res, x, *tier)
		return divisionOf{c.Country, c.admin}, c.Kind == KindCity && c.admin != ""
	}
	placed := func(x int) bool { return spans[x].row > 0 || res[x] >= 0 }
	var done map[int]bool // first tokens of lists read, made on first use
	n := len(spans)
	for x := 0; x < n; x++ {
		if _, ok := town(x); !ok || spans[x].box || spans[x].in != "" {
			continue
		}
		si := doc.SentenceOf(spans[x].tok.Start)
		items := sentenceList(doc, si, spans[x].tok.Start)
		if len(items) < minListItems || done[items[0].start] {
			continue
		}
		if done == nil {
			done = map[int]bool{}
		}
		done[items[0].start] = true
		// The span of each item, if any rule found one for it whole.
		at := make([]int, len(items))
		// The division most of the towns placed lie in.
		count := map[divisionOf]int{}
		ok, placedTowns := true, 0
		for i, it := range items {
			at[i] = -1
			for y := range spans {
				if spans[y].tok.Start == it.start && spans[y].tok.End == it.end {
					at[i] = y
				} else if spans[y].tok.Start < it.end && spans[y].tok.End > it.start && placed(y) {
					ok = false // a place that straddles the item: not a plain list
				}
			}
			y := at[i]
			if y < 0 || !placed(y) {
				continue
			}
			// "Rochester, New York, Chicago": a region or country in the
			// list, or a town placed by one, is no plain list of towns.
			d, isTown := town(y)
			if !isTown || spans[y].box || spans[y].in != "" {
				ok = false
				break
			}
			count[d]++
			placedTowns++
		}
		var div divisionOf
		for d, k := range count {
			if k > count[div] || k == count[div] && (d.country+d.admin) < (div.country+div.admin) {
				div = d
			}
		}
		if !ok || count[div] < 2 || 2*count[div] <= placedTowns {
			continue
		}
		var lat, lon float64
		for i := range items {
			if y := at[i]; y >= 0 && placed(y) {
				if d, _ := town(y); d == div {
					c := r.placeAt(spans, res, y, *tier)
					lat += c.Lat
					lon += c.Lon
				}
			}
		}
		lat, lon = lat/float64(count[div]), lon/float64(count[div])
		for i, it := range items {
			if y := at[i]; y >= 0 && placed(y) {
				// A town placed elsewhere yields to its namesake of the
				// division, unless it is a capital or a great city,
				// which news names in any company.
				d, _ := town(y)
				c := r.placeAt(spans, res, y, *tier)
				if d == div || c.Capital || c.Population >= bigTown {
					continue
				}
			}
			src := doc.SourceOf(si)
			start, end := int(doc.Tokens[it.start].Start), int(doc.Tokens[it.end-1].End)
			name := src[start:end]
			*buf = fold.Append((*buf)[:0], name)
			key := string(*buf)
			if commonWords[key] || notPlaces[key] || len(key) < minTownKey {
				continue
			}
			p, row, err := r.divisionTown(key, div, lat, lon, tier)
			if err != nil {
				return spans, res, err
			}
			if p < 0 && row < 0 {
				continue
			}
			if y := at[i]; y >= 0 {
				if p >= 0 {
					res[y], spans[y].row = p, 0
				} else {
					res[y], spans[y].row = -1, row+1
				}
				continue
			}
			sp := span{tok: annals.Range{Start: it.start, End: it.end}, start: start, end: end, key: key, listed: i > 0}
			q := int32(-1)
			if p >= 0 {
				q = p
			} else {
				sp.row = row + 1
			}
			spans = append(spans, sp)
			res = append(res, q)
		}
	}
	return spans, res, nil
}

// maxNeighbourKm is how far from the middle of the towns a list places
// an item may lie: a first-level division of a large country (a US
// state) is wider than a list of neighbours spreads.
const maxNeighbourKm = 250

// divisionTown returns the town named key in division d nearest the
// point at (lat, lon), the middle of the towns the list places: a city of
// the gazetteer (p >= 0) or a row of the second tier (row >= 0); both
// are -1 when d holds none within maxNeighbourKm.
func (r *Recognizer) divisionTown(key string, d divisionOf, lat, lon float64, tier **townTier) (p, row int32, err error) {
	p, row = -1, -1
	best := float64(maxNeighbourKm)
	take := func(c *Candidate, q, k int32) {
		if c.Kind != KindCity || c.Country != d.country || c.admin != d.admin {
			return
		}
		if km := roughKm(c.Lat, c.Lon, lat, lon); km <= best {
			best, p, row = km, q, k
		}
	}
	for _, q := range r.g.index[key] {
		take(&r.g.places[q], q, -1)
	}
	if *tier == nil {
		t, err := r.g.smallTowns()
		if err != nil {
			return -1, -1, err
		}
		*tier = t
	}
	refs := (*tier).refs(key)
	if refs == "" || notTowns[key] {
		return p, row, nil
	}
	refs = strings.TrimPrefix(refs, "*")
	refs = strings.TrimPrefix(refs, commonWordMark)
	for _, ref := range strings.Split(refs, ",") {
		if id, ok := strings.CutPrefix(ref, "m"); ok {
			k, _ := strconv.Atoi(id)
			if q, known := (*tier).mainByID.get(int32(k)); known {
				take(&r.g.places[q], q, -1)
			}
			continue
		}
		k, _ := strconv.Atoi(ref)
		c := (*tier).place(int32(k))
		take(&c, -1, int32(k))
	}
	return p, row, nil
}

// roughKm is the distance in km between two points, flat-earth: enough
// to tell neighbours from towns a province away.
func roughKm(lat1, lon1, lat2, lon2 float64) float64 {
	dy := (lat1 - lat2) * 111.2
	dx := (lon1 - lon2) * 111.2 * math.Cos((lat1+lat2)/2*math.Pi/180)
	return math.Sqrt(dx*dx + dy*dy)
}

// placeAt is the place span x was resolved to: a row of the second tier
// or a place of the gazetteer; the zero Candidate when none.
func (r *Recognizer) placeAt(spans []span, res []int32, x int, tier *townTier) Candidate {
	switch {
	case spans[x].row > 0 && tier != nil:
		return tier.place(spans[x].row - 1)
	case spans[x].row == 0 && res[x] >= 0:
		return r.g.places[res[x]]
	}
	return Candidate{}
}
