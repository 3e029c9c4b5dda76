package where

import "slices"

// townsOutsideRegions leaves out a small town that only the article's
// regions could have placed: a name with no region or county beside it,
// no dateline nor table row ("safety problems at Hanford"), no capital
// and under bigTown inhabitants, in a country the article names only as
// the region written beside another town, none of which holds the town.
// Those regions place the story, so a namesake in another state of the
// country ("Hanford, California" in a story set near "Richland, Wash") is
// a guess the text gives no ground for; the town the story means is
// most often one the gazetteer lacks. A country the article names by
// its own name admits the town as before.
func (r *Recognizer) townsOutsideRegions(spans []span, res []int32, regions []int32) {
	if len(regions) == 0 {
		return
	}
	// Countries named outright, and those a region names on its own
	// rather than as a town's locator ("in Washington state").
	var countries []string
	for y, q := range res {
		if q >= 0 && (r.g.places[q].Kind == KindCountry || r.g.places[q].Kind == KindRegion && !spans[y].box) {
			countries = append(countries, r.g.places[q].Country)
		}
	}
	for x, sp := range spans {
		p := res[x]
		if p < 0 || sp.in != "" || sp.box || sp.county || sp.dateline || sp.row > 0 || sp.fixed > 0 {
			continue
		}
		c := &r.g.places[p]
		if c.Kind != KindCity || c.Capital || c.Population >= bigTown || c.admin == "" || slices.Contains(countries, c.Country) {
			continue
		}
		own, holds := false, false
		for _, b := range regions {
			if d := &r.g.places[b]; d.Country == c.Country {
				own = true
				holds = holds || d.admin == c.admin
			}
		}
		if own && !holds {
			res[x] = -1
		}
	}
}
