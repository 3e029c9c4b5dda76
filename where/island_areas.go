package where

import (
	"strings"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 89 (issue 5), read from the Wikinews read sets' misses: feature
// stories place things on islands and peninsulas the gazetteer of towns
// lacks ("years of working at Seal Island", "a boat fire near Santa Cruz
// Island off the coast of California"). Such a name says what it is in
// its own head word, as "Kalinga Province" does for newArea: an island
// is land inside a country, and the annotation conventions count islands
// as regions ("Islands (Great Abaco Island) are regions"). So after a
// strong cue, a capitalised name the gazetteer does not know whole,
// ending in an island word or opening with a Spanish or Portuguese one,
// is a new area of the region or country beside it, or else of the
// article's country, as newArea's are (addAreas).

// islandHeads are the words that end an island's or a peninsula's name:
// "Seal Island", "Noto Peninsula". A cay is left out: so small and low an
// island is named for its one settlement ("Elbow Cay", which the
// heldout6 annotator put at its town), and a region's point, the
// country's, would put that town far off.
var islandHeads = map[string]bool{
	"island": true, "islands": true, "isle": true, "isles": true, "islet": true,
	"atoll": true, "archipelago": true, "peninsula": true,
}

// islandOpeners are the words that open an island's name in Spanish and
// Portuguese, which put the kind first: "Isla Mujeres", "Ilha Grande".
// A point's ("Punta Arenas") is left out: many ports and towns are
// named so.
var islandOpeners = map[string]bool{
	"isla": true, "islas": true, "ilha": true, "ilhas": true,
}

// legCue reports whether w is a preposition of a journey's legs. It is
// asked after every strong cue before a capital, so it is a switch, not
// a map.
func legCue(w string) bool {
	switch w {
	case "from", "to", "for", "via":
		return true
	}
	return false
}

// maxIslandWords is the most words such a name has, its head word
// included ("Grand Canary Island").
const maxIslandWords = 4

// islandArea looks at token j of sentence si, after the strong cue at
// token i, for an island or a peninsula the gazetteer lacks that its
// name calls one. It returns the span, with in set to the region or
// country that a comma or "in" and a known name put it in, and the token
// after the name; or j when there is none. A name that qualifies the
// word after it ("the Misima Island deposit", "Long Island Lighting Co")
// or opens a longer name ("the Channel Island of Jersey") names no area.
func (r *Recognizer) islandArea(doc *annals.Doc, si, i, j int, src string, buf *[]byte) (span, int) {
	s := &doc.Sentences[si]
	if j >= s.Tokens.End {
		return span{}, j
	}
	// "a trip from Seven Islands to Hamburg": a leg of a voyage or a
	// flight names the port or the airport, a town, which the island's
	// name stands for there.
	if legCue(doc.Tokens[i].Norm) {
		return span{}, j
	}
	e := j
	for e < s.Tokens.End && e-j <= maxIslandWords {
		t := &doc.Tokens[e]
		// "Misima Island Monday": a date after the name is no part of it.
		if !capital(t) || t.Flags&annals.AllCaps != 0 || months[t.Norm] {
			break
		}
		e++
	}
	words := e - j
	if words < 2 || words > maxIslandWords {
		return span{}, j
	}
	// Most runs are no island: the head word first.
	if !islandHeads[doc.Tokens[e-1].Norm] && !islandOpeners[doc.Tokens[j].Norm] {
		return span{}, j
	}
	// A known name, or a slip for one ("Cooke Islands"), is the
	// gazetteer's, whole; a known name inside ("Santa Cruz" of "Santa
	// Cruz Island") is not.
	if sp, ok := r.match(doc, si, j, src, buf); ok && sp.tok.End >= e {
		return span{}, j
	}
	first := doc.Tokens[j].Norm
	if months[first] || firstNames[first] || notPlaces[first] || institutions[first] || bodies[first] ||
		!islandOpeners[first] && adjective(first) {
		return span{}, j
	}
	if e < s.Tokens.End {
		n := &doc.Tokens[e]
		if n.Norm == "of" || n.Norm == "-" || n.Norm == "'s" || modifiee[n.Norm] || nounAfter(n, true) {
			return span{}, j
		}
	}
	start, stop := int(doc.Tokens[j].Start), int(doc.Tokens[e-1].End)
	*buf = fold.Append((*buf)[:0], src[start:stop])
	if _, known := r.g.index[string(*buf)]; known || commonWords[string(*buf)] || notPlaces[string(*buf)] {
		return span{}, j
	}
	// "the Virgin Islands": a territory's name shortened, which of two
	// the text does not say ("British Virgin Islands", "United States
	// Virgin Islands").
	for _, p := range r.g.byISO3 {
		if strings.HasSuffix(fold.Key(r.g.places[p].Name), " "+string(*buf)) {
			return span{}, j
		}
	}
	a := span{tok: annals.Range{Start: j, End: e}, start: start, end: stop, key: string(*buf), newArea: true}
	// "Admiralty Island, Alaska", "Grand Canary Island in Spain": the
	// region or country it lies in.
	if k := e + 1; k < s.Tokens.End && (doc.Tokens[e].Norm == "," || doc.Tokens[e].Norm == "in") {
		if box, ok := r.match(doc, si, k, src, buf); ok && r.g.container(box.key) >= 0 {
			a.in = box.key
		}
	}
	return a, e
}
