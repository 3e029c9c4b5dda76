package where

import (
	"strings"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// Round 62 (issue 5), read from the read sets' misses of a region named
// like a city: a name the text calls a division ("near Magangue in
// northeastern Bolivar province") that the
// gazetteer knows only as towns is a division it lacks, not one of the
// towns: areaReadings turns such a name into the division only when
// the gazetteer has one, and else left the town, or nothing where no
// town of the name could be taken. The name becomes a new area, placed
// as the areas the gazetteer lacks are (addAreas): in the country of
// the town the name resolved to, or else by the article's countries.

// divisionHeads are the nouns of first-level divisions after which
// "of" names one: not "region" or "territory", which also name the
// parts of a town ("the north-east region of Seoul").
var divisionHeads = map[string]bool{
	"state": true, "province": true, "prefecture": true, "governorate": true, "oblast": true,
}

// divisionCued reports whether the text calls span sp a first-level
// division: a lower-case "state", "province" or "prefecture" after it
// ("Bolivar province"), or "of" after one of divisionHeads before it.
func divisionCued(doc *annals.Doc, sp span) bool {
	return cuedAs(doc, sp, func(n string) bool { return divisionHeads[n] })
}

// townDivisions moves each span of res that the text calls a division,
// resolved to a town that is no capital or to nothing, and that names
// no division the gazetteer knows, to the areas the gazetteer lacks,
// and returns them.
func (r *Recognizer) townDivisions(doc *annals.Doc, spans []span, res []int32, areas []span) []span {
	for x, sp := range spans {
		p := res[x]
		if sp.row > 0 || sp.fixed > 0 || sp.dateline || sp.box || sp.in != "" || !divisionCued(doc, sp) {
			continue
		}
		if p >= 0 && (r.g.places[p].Kind != KindCity || r.g.places[p].Capital) {
			continue
		}
		key := sp.key
		for _, suf := range areaSuffixes[1:] {
			key = strings.TrimSuffix(key, suf)
		}
		if r.g.area(key) >= 0 {
			continue
		}
		a := sp
		a.key, a.newArea = key, true
		if p >= 0 {
			if c, ok := r.g.byISO3[r.g.places[p].Country]; ok {
				a.in = fold.Key(r.g.places[c].Name)
			}
		}
		res[x] = -1
		areas = append(areas, a)
	}
	return areas
}
