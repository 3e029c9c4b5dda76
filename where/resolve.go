package where

import (
	"math"
	"slices"

	"github.com/annals-project/annals/where/internal/fold"
)

// notPlaces are capitalised words that name towns somewhere but in news
// text are almost always something else: months, weekdays, titles and
// institutions. They are never resolved to a city, whatever its size.
// ("America" is still the United States.)
var notPlaces = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "christmas": true, "easter": true, "ramadan": true,
	"president": true, "minister": true, "general": true, "police": true, "army": true,
	"parliament": true, "congress": true, "senate": true, "court": true, "university": true,
	"government": true, "president elect": true, "union": true, "republic": true,
	"ministry": true, "council": true, "commission": true, "god": true, "allah": true,
	"reuters": true, "twitter": true, "facebook": true, "google": true, "apple": true,
	"white house": true, "pentagon": true, "kremlin": true, "vatican city state": true,
	// Seats of government named for the government: "Whitehall said",
	// "a cardinal of the Holy See".
	"whitehall": true, "downing street": true, "holy see": true, "foggy bottom": true,
	// A currency wire copy capitalises: "firm Sterling".
	"sterling": true,
	// A season ("set for the Spring 1987") and the United Nations
	// ("agreed at the U.N."), not the Texan or Indian towns.
	"spring": true, "un": true,
	// Continents, out of scope, are towns somewhere too.
	"asia": true, "africa": true, "europe": true, "america": true, "oceania": true,
	"antarctica": true, "eurasia": true,
}

// continents are out of scope, and resolved to nothing at all: not even
// the gazetteer's Antarctica entry, which "Antarctic mountain ranges"
// would reach by a one-letter slip.
var continents = map[string]bool{
	"asia": true, "africa": true, "europe": true, "oceania": true, "antarctica": true,
	"eurasia": true,
}

// commonWords are ordinary English words that are also names of small
// towns. A city with one of these names must be large, or a capital, to be
// taken for the place ("in Reading" yes, "in Hope" no).
var commonWords = map[string]bool{
	"hope": true, "victory": true, "unity": true, "liberty": true, "independence": true,
	"justice": true, "freedom": true, "peace": true, "progress": true, "reform": true,
	"mobile": true, "nice": true, "split": true, "bath": true, "male": true, "of": true,
	"most": true, "gap": true, "bar": true, "sale": true, "eye": true, "orange": true,
	"commerce": true, "mission": true, "industry": true, "enterprise": true, "opportunity": true,
	"central": true, "north": true, "south": true, "east": true, "west": true, "center": true,
	"centre": true, "new": true, "university park": true, "deal": true, "street": true,
	"aurora": true, "phoenix": true, "paradise": true, "florence": true, "chance": true,
	"media": true, "energy": true, "security": true, "defence": true, "defense": true,
	"support": true, "trade": true, "state": true, "capital": true, "city": true,
	"said": true, "says": true, "man": true, "women": true, "young": true, "old": true,
	"early": true, "late": true, "best": true, "good": true, "long": true, "little": true,
	"white": true, "black": true, "green": true, "brown": true, "gray": true, "grey": true,
	"post": true, "arab": true, "atlantic": true, "pacific": true, "forbes": true, "times": true,
	"globe": true, "star": true, "herald": true, "tribune": true, "sun": true, "mirror": true,
}

// bigTown is the population above which a town named by a common word is
// still accepted, and the share of the top candidate's population a capital
// must reach to be preferred over it.
const (
	bigTown      = 100_000
	capitalShare = 10
	// greatCapital is the population from which a national capital is
	// preferred to a town under bigTown that bears its name, wherever
	// the article is set.
	greatCapital = 500_000
)

// smallTown is the population under which a town is taken only with
// corroboration: named with its region or country ("Beaver Falls,
// Pennsylvania"), in a dateline, or the only place of that name in a
// country the article names. The gazetteer keeps towns down to 5,000
// inhabitants, and many share names with larger places or with words.
const smallTown = 15_000

// small reports whether c is a town that needs corroboration.
func (c *Candidate) small() bool {
	return c.Kind == KindCity && c.Population < smallTown && !c.Capital
}

// Resolve picks the entry a place name most likely means in an article
// that mentions the given countries (ISO3, in order of first mention). It
// prefers, in turn: an entry in the first mentioned country that has one
// (a country named exactly yields only to a region there, so "Georgia" in
// a story on the United States is the state), unless it is a town that a
// city of that name abroad dwarfs ("Geneva" in a story on the U.S.); a
// country; a capital that is
// not dwarfed by another candidate; the most populous. Towns named by
// common words are rejected unless large, and towns under 15,000 unless
// theirs is the only place of that name and it lies in one of the
// countries. It reports false when the name is not a place it knows.
func (g *Gazetteer) Resolve(name string, countries []string) (Candidate, bool) {
	var arr [64]byte
	i := g.resolveKey(string(fold.Append(arr[:0], name)), countries, countries, false)
	if i < 0 {
		return Candidate{}, false
	}
	return g.places[i], true
}

// resolveKey is Resolve on a folded key; it returns an index into places or
// -1. named lists the countries the article names outright (by a country
// or region name), which alone admit a small town.
// A trusted name (a dateline) admits small towns without it.
func (g *Gazetteer) resolveKey(key string, countries, named []string, trusted bool) int32 {
	return g.resolve(key, countries, named, trusted, true)
}

// resolve is resolveKey; dwarf says whether a town dwarfed by a namesake
// abroad yields to it. A town taken with no cue, only because it lies in
// a country the article names ("Daytona Beach, Melbourne and Sarasota"),
// is resolved without it.
func (g *Gazetteer) resolve(key string, countries, named []string, trusted, dwarf bool) int32 {
	list := g.index[key]
	if len(list) == 0 {
		return -1
	}
	never, common := notPlacesFilter.May(key) && notPlaces[key], commonWordsFilter.May(key) && commonWords[key]
	if continentsFilter.May(key) && continents[key] {
		return -1
	}
	ok := func(p int32) bool {
		c := &g.places[p]
		if c.Kind != KindCity {
			return true
		}
		if never {
			return false
		}
		if !trusted && c.small() && (len(list) > 1 || !slices.Contains(named, c.Country)) {
			return false
		}
		return !common || c.Population >= bigTown || c.Capital
	}
	country := int32(-1)
	for _, p := range list {
		if g.places[p].Kind == KindCountry {
			country = p
			break
		}
	}
	// A great capital outweighs a town named after it in a country the
	// article names for other reasons: "visited Washington" in a story on
	// Brazil and England, "transmitted from Rome" beside "the U.S.".
	great := int32(-1)
	for _, p := range list {
		if c := &g.places[p]; c.Capital && c.Population >= greatCapital && ok(p) {
			great = p
			break
		}
	}
	for _, code := range countries {
		for _, p := range list {
			c := &g.places[p]
			if c.Country != code || !ok(p) {
				continue
			}
			// "agreed in Geneva", "a college in London": a country the
			// article names does not pull a town far smaller than a city
			// of the same name elsewhere; only a region or country named
			// beside it, or a dateline, ties the name to the namesake.
			if dwarf && !trusted && c.Kind == KindCity && g.dwarfed(list, p, ok) {
				continue
			}
			if country >= 0 && c.Kind == KindCity {
				continue
			}
			if great >= 0 && p != great && c.Kind == KindCity && c.Population < bigTown {
				continue
			}
			// "talks in Washington" in a story on the U.S.: a great
			// capital outweighs a region of its own country named alike.
			if great >= 0 && c.Kind == KindRegion && g.places[great].Country == code {
				continue
			}
			return p
		}
	}
	if country >= 0 {
		return country
	}
	top := int32(-1)
	for _, p := range list {
		if ok(p) {
			top = p
			break
		}
	}
	if top < 0 {
		return -1
	}
	for _, p := range list {
		c := &g.places[p]
		if c.Capital && ok(p) && c.Population*capitalShare >= g.places[top].rank() {
			return p
		}
	}
	return top
}

// resolveWithin resolves key to a city inside container, a region or
// country entry the text names beside it ("Stockholm, Sweden"): the most
// populous city of that name in the container's country, or for a region
// the most populous one carrying its admin code, or when it has none the
// one nearest its centre. Small towns qualify, since the container
// corroborates them. It returns -1 when there is none.
func (g *Gazetteer) resolveWithin(key string, container int32) int32 {
	if notPlaces[key] {
		return -1
	}
	box := &g.places[container]
	best, bestD := int32(-1), 0.0
	for _, p := range g.index[key] {
		c := &g.places[p]
		if c.Kind != KindCity || c.Country != box.Country {
			continue
		}
		if box.Kind == KindCountry {
			return p
		}
		// A region that carries an admin code holds exactly the cities
		// that carry it: "Randolph, New Hampshire" is not Randolph,
		// Massachusetts, however near.
		if box.admin != "" {
			if c.admin == box.admin {
				return p
			}
			continue
		}
		dlat, dlon := c.Lat-box.Lat, (c.Lon-box.Lon)*math.Cos(box.Lat*math.Pi/180)
		if d := dlat*dlat + dlon*dlon; d < maxRegionDeg*maxRegionDeg && (best < 0 || d < bestD) {
			best, bestD = p, d
		}
	}
	return best
}

// maxRegionDeg is how far, in degrees, a city may lie from the centre of
// the region named beside it: the hand-written centroids are rough, and
// some regions (Alaska, Siberia) are vast.
const maxRegionDeg = 15

// container returns the region or country entry a name may denote when it
// follows another name after a comma, or -1.
func (g *Gazetteer) container(key string) int32 {
	for _, p := range g.index[key] {
		if k := g.places[p].Kind; k == KindRegion || k == KindCountry {
			return p
		}
	}
	return -1
}

// area returns the region or country entry a name denotes where the text
// calls it an area ("the state of New York", "south Jilin"): the
// container of that name, bare or with one of areaSuffixes ("Jilin
// Province", which shares its name with its city), or -1.
func (g *Gazetteer) area(key string) int32 {
	for _, suf := range areaSuffixes {
		if p := g.container(key + suf); p >= 0 {
			return p
		}
	}
	return -1
}

// greatCity reports whether one of the entries in list is a city of at
// least greatCapital inhabitants, which news may write in capitals.
func (g *Gazetteer) greatCity(list []int32) bool {
	for _, p := range list {
		if c := &g.places[p]; c.Kind == KindCity && c.Population >= greatCapital {
			return true
		}
	}
	return false
}

// hasRegion reports whether key names a region.
func (g *Gazetteer) hasRegion(key string) bool {
	for _, p := range g.index[key] {
		if g.places[p].Kind == KindRegion {
			return true
		}
	}
	return false
}

// regionElsewhere reports whether the candidates list (one name's) holds a
// country and a region of another country, as "Georgia" does.
func (g *Gazetteer) regionElsewhere(list []int32) bool {
	country := ""
	for _, p := range list {
		if g.places[p].Kind == KindCountry {
			country = g.places[p].Country
		}
	}
	for _, p := range list {
		if c := &g.places[p]; c.Kind == KindRegion && c.Country != country {
			return country != ""
		}
	}
	return false
}

// inside reports whether key names a city or region within container, a
// region or country entry.
func (g *Gazetteer) inside(key string, container int32) bool {
	if g.resolveWithin(key, container) >= 0 {
		return true
	}
	if g.places[container].Kind != KindCountry {
		return false
	}
	for _, p := range g.index[key] {
		if c := &g.places[p]; c.Kind == KindRegion && c.Country == g.places[container].Country {
			return true
		}
	}
	return false
}

// within resolves key to a city inside one of the regions or countries
// that inKey names, trying them in rank order: "Columbus, Georgia" is in
// the state, not the country. It returns the city, or -1, and the
// container that holds it, or else the first container, or -1 when inKey
// names none.
func (g *Gazetteer) within(key, inKey string) (city, container int32) {
	container = -1
	for _, b := range g.index[inKey] {
		if k := g.places[b].Kind; k != KindRegion && k != KindCountry {
			continue
		}
		if p := g.resolveWithin(key, b); p >= 0 {
			return p, b
		}
		if container < 0 {
			container = b
		}
	}
	return -1, container
}

// areaIn reports whether key names a region that lies in one that inKey
// names: in its country, or near the centre of a region of its country
// ("Palm Beach County in Florida").
func (g *Gazetteer) areaIn(key, inKey string) bool {
	for _, p := range g.index[key] {
		c := &g.places[p]
		if c.Kind != KindRegion {
			continue
		}
		for _, b := range g.index[inKey] {
			box := &g.places[b]
			if b == p || box.Country != c.Country || box.Kind == KindCity {
				continue
			}
			if box.Kind == KindCountry {
				return true
			}
			dlat, dlon := c.Lat-box.Lat, (c.Lon-box.Lon)*math.Cos(box.Lat*math.Pi/180)
			if dlat*dlat+dlon*dlon < maxAreaDeg*maxAreaDeg {
				return true
			}
		}
	}
	return false
}

// maxAreaDeg is how far, in degrees, an area may lie from the centre of a
// region said to contain it: a county from its state's.
const maxAreaDeg = 6

// twinKm is how far apart, at most, two towns written as one hyphenated
// name ("Kitchener-Waterloo") lie.
const twinKm = 25

// twins reports whether some city of list a and some city of list b lie
// in one country within twinKm of each other: towns grown together, not
// the ends of a route ("Paris-Roubaix") or two sides of a war.
func (g *Gazetteer) twins(a, b []int32) bool {
	for _, p := range a {
		c := &g.places[p]
		if c.Kind != KindCity {
			continue
		}
		for _, q := range b {
			d := &g.places[q]
			if d.Kind != KindCity || d.Country != c.Country || p == q {
				continue
			}
			dlat, dlon := c.Lat-d.Lat, (c.Lon-d.Lon)*math.Cos(c.Lat*math.Pi/180)
			if math.Hypot(dlat, dlon)*111.2 <= twinKm {
				return true
			}
		}
	}
	return false
}

// Namesakes: a town under bigTown is dwarfed when a city of the same name
// in another country has at least greatNamesake inhabitants and
// namesakeShare times its own. A city of its own weight (Tripoli,
// Lebanon) is not.
const (
	greatNamesake = 100_000
	namesakeShare = 5
)

// dwarfed reports whether p is a town under bigTown and list holds a
// city, acceptable to ok, in another country than p's that dwarfs it.
func (g *Gazetteer) dwarfed(list []int32, p int32, ok func(int32) bool) bool {
	c := &g.places[p]
	if c.Population >= bigTown {
		return false
	}
	for _, q := range list {
		d := &g.places[q]
		if d.Kind == KindCity && d.Country != c.Country && d.Population >= greatNamesake &&
			d.Population >= namesakeShare*c.Population && ok(q) {
			return true
		}
	}
	return false
}
