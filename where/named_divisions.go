package where

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 37 (issue 5), read from all twelve development sets dev10.tsv to
// dev21.tsv at once, for the misses that recur across sets: a name that
// the text calls a division ("the northern province of Leon", "the
// central island of Cebu", "offshore Rio de Janeiro state") is the
// division, not the city that bears its name, and so are the article's
// other mentions of the name; and a list article's paragraph may open on a dateline written with its country
// ("ZEEBRUGGE, Belgium - The stricken ferry ...").

// areaBefore are the nouns after which "of" names a division, with
// areaHeads': an island may be a province ("the central island of
// Cebu").
var areaBefore = map[string]bool{"island": true}

// areaAfterSuffixes are the lower-case words after a name that call it a
// division ("offshore Rio de Janeiro state", "in Kalinga province"), and
// the suffixes with which the gazetteer writes such divisions.
var areaAfterSuffixes = map[string]string{
	"state": " state", "province": " province", "prefecture": " prefecture",
}

// areaSuffixes are the suffixes with which the gazetteer writes a division
// named after its chief city: "Cebu Province", "Fukuoka Prefecture".
var areaSuffixes = [...]string{"", " province", " state", " prefecture"}

// areaCued reports whether the text calls span sp a division: "of" after
// one of areaHeads' or areaBefore's nouns before it ("the province of
// Leon"), or a lower-case area word after it ("Rio de Janeiro state").
func areaCued(doc *annals.Doc, sp span) bool {
	return cuedAs(doc, sp, func(n string) bool { return areaHeads[n] || areaBefore[n] })
}

// cuedAs reports whether span sp follows "of" after a noun heads accepts
// ("the province of Leon") or comes before a lower-case area word ("Rio
// de Janeiro state").
func cuedAs(doc *annals.Doc, sp span, heads func(string) bool) bool {
	s := &doc.Sentences[doc.SentenceOf(sp.tok.Start)]
	if i := sp.tok.Start; i-2 >= s.Tokens.Start && doc.Tokens[i-1].Norm == "of" && heads(doc.Tokens[i-2].Norm) {
		return true
	}
	if e := sp.tok.End; e < s.Tokens.End {
		t := &doc.Tokens[e]
		if areaAfterSuffixesFilter.May(t.Norm) && !capital(t) {
			if _, ok := areaAfterSuffixes[t.Norm]; ok {
				return true
			}
		}
	}
	return false
}

// cityHeads are the nouns after which "of" names a town: "the city of
// Miyazaki", "the port of Balao".
var cityHeads = map[string]bool{
	"city": true, "town": true, "village": true, "port": true, "township": true, "capital": true,
}

// cityCued reports whether the text calls span sp a town: "the city of
// Miyazaki".
func cityCued(doc *annals.Doc, sp span) bool {
	s := &doc.Sentences[doc.SentenceOf(sp.tok.Start)]
	i := sp.tok.Start
	return i-2 >= s.Tokens.Start && doc.Tokens[i-1].Norm == "of" && cityHeads[doc.Tokens[i-2].Norm]
}

// areaOf returns the division the gazetteer names after key, written
// bare or with one of areaSuffixes, preferring one in the country of
// the city p; or -1. A division elsewhere is taken only when it is the
// one of its name ("the province of Leon" is Spain's, though the city
// ranked first is Nicaragua's).
func (g *Gazetteer) areaOf(key string, p int32, buf *[]byte) int32 {
	other, others := int32(-1), 0
	for _, suf := range areaSuffixes {
		*buf = append(append((*buf)[:0], key...), suf...)
		for _, q := range g.index[string(*buf)] {
			c := &g.places[q]
			if c.Kind != KindRegion {
				continue
			}
			if c.Country == g.places[p].Country {
				return q
			}
			if q != other {
				other, others = q, others+1
			}
		}
	}
	if others == 1 {
		return other
	}
	return -1
}

// areaReadings turns each city of res whose name the text calls a
// division, or gives a governor (governed_areas.go), into that division,
// when the gazetteer has it, and then the article's other mentions of
// the name that resolved to a city of the division's country: "the
// central province of Masbate ... the mines in Masbate" name one
// province.
func (r *Recognizer) areaReadings(doc *annals.Doc, spans []span, res []int32, buf *[]byte) {
	var keys [4]string
	var to [4]int32
	n := 0
	governed := r.governedKeys(doc, buf)
	for x, sp := range spans {
		p := res[x]
		if p < 0 || sp.row > 0 || sp.dateline || sp.box || !areaCued(doc, sp) && !slices.Contains(governed, sp.key) {
			continue
		}
		if r.g.places[p].Kind == KindCity {
			q := r.g.areaOf(sp.key, p, buf)
			if q < 0 {
				continue
			}
			res[x], p = q, q
		}
		// The span's key may carry the area word ("leon province"):
		// the other mentions write the name bare.
		if r.g.places[p].Kind == KindRegion && n < len(keys) {
			key := sp.key
			for _, suf := range areaSuffixes[1:] {
				key = strings.TrimSuffix(key, suf)
			}
			keys[n], to[n] = key, p
			n++
		}
	}
	for x, sp := range spans {
		p := res[x]
		// A great city keeps its bare name: "the state of New York ...
		// in New York" may be the city.
		// So does a name the text calls a city: "the western Kyushu city
		// of Miyazaki" beside "Miyazaki prefecture".
		if p < 0 || sp.row > 0 || sp.dateline || sp.in != "" || sp.town || r.g.places[p].Kind != KindCity ||
			r.g.places[p].Population >= greatCapital || cityCued(doc, sp) {
			continue
		}
		for k := 0; k < n; k++ {
			if sp.key == keys[k] && r.g.places[p].Country == r.g.places[to[k]].Country {
				res[x] = to[k]
			}
		}
	}
}

// listDatelinePair recognises the head of a list article's paragraph
// written as a city, a comma and its region or country in capitals and
// lower case, then a dash: "ZEEBRUGGE, Belgium - The stricken British car
// ferry". listDateline takes a head in capitals alone ("NEW YORK -"). It
// returns the city's span (town set when the gazetteer lacks the name, so
// that the second tier is asked beside the region) and the span of the
// region or country.
func (r *Recognizer) listDatelinePair(doc *annals.Doc, si int, src string, buf *[]byte) (city span, town bool, box span, ok bool) {
	s := &doc.Sentences[si]
	j := s.Tokens.Start
	if j >= s.Tokens.End || doc.Tokens[j].Flags&annals.AllCaps == 0 {
		return span{}, false, span{}, false
	}
	k := int(doc.Tokens[j].Start)
	for k > 0 && (src[k-1] == ' ' || src[k-1] == '\t') {
		k--
	}
	if k == 0 || src[k-1] != '\n' {
		return span{}, false, span{}, false
	}
	e := run(doc, si, j)
	if e+2 >= s.Tokens.End || doc.Tokens[e].Norm != "," {
		return span{}, false, span{}, false
	}
	for x := j; x < e; x++ {
		if t := &doc.Tokens[x]; word(t) && t.Flags&annals.AllCaps == 0 {
			return span{}, false, span{}, false
		}
	}
	box, ok = r.match(doc, si, e+1, src, buf)
	if !ok || box.tok.End >= s.Tokens.End || r.g.container(box.key) < 0 {
		return span{}, false, span{}, false
	}
	switch src[doc.Tokens[box.tok.End].Start:doc.Tokens[box.tok.End].End] {
	case "—", "–", "-", "--":
	default:
		return span{}, false, span{}, false
	}
	start, stop := int(doc.Tokens[j].Start), int(doc.Tokens[e-1].End)
	*buf = fold.Append((*buf)[:0], src[start:stop])
	city = span{tok: annals.Range{Start: j, End: e}, start: start, end: stop, in: box.key}
	if len(r.g.index[string(*buf)]) == 0 {
		town = true
	} else {
		city.key = string(*buf)
	}
	box.box, box.of = true, city.key
	return city, town, box, true
}

// dropRepeats removes from spans each span after the first that starts
// where one of at does: the scan of a sentence may find again the names
// of a dateline that listDatelinePair gave.
func dropRepeats(spans []span, at []int) []span {
	if len(at) == 0 {
		return spans
	}
	var seen [8]int
	n := 0
	out := spans[:0]
	for _, sp := range spans {
		if slices.Contains(at, sp.tok.Start) {
			if slices.Contains(seen[:n], sp.tok.Start) {
				continue
			}
			if n < len(seen) {
				seen[n] = sp.tok.Start
				n++
			}
		}
		out = append(out, sp)
	}
	return out
}

// municipalPopulation corrects, by GeoNames id, the population of a city
// whose GeoNames entry counts only its historic core, so that a namesake
// town abroad does not outweigh the city news means: GeoNames gives
// Venice 51,298 inhabitants, fewer than five times Venice, California's,
// though the comune has about 260,000 ("the June summit of seven leading
// western nations in Venice" in a story that names the U.S. first).
var municipalPopulation = map[int]int{
	3164603: 258_000, // Venice (comune di Venezia)
}
