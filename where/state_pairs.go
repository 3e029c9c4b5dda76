package where

import annals "github.com/annals-project/annals"

// Issue 5, a name that is both a state and its great city (round 76): the
// list rule in recognize.go reads an item of a list of regions as the
// region, but only an item after the first, and a city of greatCapital
// people only amid two other regions; so "in Maine and New York", "in
// Washington and Oregon", "plants in New York and New Hampshire" and
// "operate in New York, Pennsylvania, Ohio ... and Texas" gave New York
// City or Washington, D.C., though the text counts states ("in those and
// other states"). Over Reuters such pairs and first items name the state
// far more often than the city; a city written with its own cue ("New York
// City", "the city of") keeps its name, being another key or a town cue.

// statePairs turns to the region of its name each span resolved to a city
// that is written beside a region of the same country, with only commas,
// "and", "or", "the" or words narrowing an area between ("Maine and New
// York", "Washington and Oregon", "western New York, California"). The
// region beside must be one the text means plainly: not the container
// that says where a town lies ("Chicago, Illinois and New York"), and not
// a name that is also a city of bigTown people, lest two twin names turn
// each other ("Buenos Aires and Cordoba"); nor may the pair name the
// city's own reach (metroPair). A span that says where the name before it
// lies, or a town the region beside holds ("Washington, Pennsylvania"),
// keeps its reading. Neighbours are read from the readings before this
// pass, so one turned name does not turn the next.
func (r *Recognizer) statePairs(doc *annals.Doc, spans []span, res []int32) {
	var before []int32
	for x, sp := range spans {
		p := res[x]
		if p < 0 || sp.box || sp.town || sp.dateline || r.g.places[p].Kind != KindCity {
			continue
		}
		b := r.g.area(sp.key)
		if b < 0 || b == p || r.g.places[b].Kind != KindRegion || r.g.places[b].Country != r.g.places[p].Country {
			continue
		}
		if sp.in != "" {
			if c := r.g.container(sp.in); c >= 0 && r.g.resolveWithin(sp.key, c) >= 0 {
				continue
			}
		}
		if before == nil {
			before = append([]int32(nil), res...)
		}
		if r.plainRegionBeside(doc, spans, before, x, b) {
			res[x] = b
			spans[x].listed = true // the state, not a capital of its name
		}
	}
}

// plainRegionBeside reports whether a span joined to span x (see
// statePairs) resolves in res to a region of b's country other than b
// that is neither a container nor the name of a city of bigTown people
// there.
func (r *Recognizer) plainRegionBeside(doc *annals.Doc, spans []span, res []int32, x int, b int32) bool {
	country := r.g.places[b].Country
	region := func(y int) bool {
		q := res[y]
		return y != x && q >= 0 && q != b && r.g.places[q].Kind == KindRegion && r.g.places[q].Country == country &&
			!r.bigCityNamed(spans[y].key, country)
	}
	listGoesOn := func(y int) bool {
		for z := y + 1; z < len(spans); z++ {
			if region(z) && listJoined(doc, spans[y].next(), spans[z].tok.Start) {
				return true
			}
		}
		return false
	}
	for y := range res {
		if !region(y) || !listJoined(doc, spans[y].next(), spans[x].tok.Start) && !listJoined(doc, spans[x].next(), spans[y].tok.Start) {
			continue
		}
		// A region after a comma reads as the container of the name
		// before it, unless the list goes on after it: "New York,
		// Pennsylvania, Ohio and Texas".
		if spans[y].box && !listGoesOn(y) {
			continue
		}
		if metroPair(doc, &spans[x], &spans[y]) {
			continue
		}
		return true
	}
	return false
}

// bigCityNamed reports whether the gazetteer holds a city of key's name in
// country with at least bigTown people.
func (r *Recognizer) bigCityNamed(key, country string) bool {
	for _, p := range r.g.index[key] {
		if c := &r.g.places[p]; c.Kind == KindCity && c.Country == country && c.Population >= bigTown {
			return true
		}
	}
	return false
}

// metroPair reports whether the pair of spans a and b names the city's
// own reach rather than two states: an area noun closes it ("the New York
// and New Jersey area"), "port of" opens it ("the Port of New York and
// New Jersey"), or it says where a firm's premises lie.
func metroPair(doc *annals.Doc, a, b *span) bool {
	first, last := a, b
	if b.tok.Start < a.tok.Start {
		first, last = b, a
	}
	if e := last.tok.End; e < len(doc.Tokens) && metroNouns[doc.Tokens[e].Norm] {
		return true
	}
	s := first.tok.Start
	if s >= 2 && doc.Tokens[s-1].Norm == "of" && doc.Tokens[s-2].Norm == "port" {
		return true
	}
	// "offices in Maine and New York", "property in New York and
	// Hawaii": a firm's premises lie in a city.
	k := s - 1
	for k >= 0 && areaAdj[doc.Tokens[k].Norm] {
		k--
	}
	if k >= 1 && (doc.Tokens[k].Norm == "in" || doc.Tokens[k].Norm == "at") {
		return premisesNouns[doc.Tokens[k-1].Norm]
	}
	return false
}

// metroNouns close a pair of names that together mean a city's area.
var metroNouns = map[string]bool{"area": true, "areas": true, "metropolitan": true}

// premisesNouns are a firm's premises, which lie in a city rather than
// across a state.
var premisesNouns = map[string]bool{
	"office": true, "offices": true, "headquarters": true, "branch": true, "branches": true,
	"property": true, "properties": true,
}
