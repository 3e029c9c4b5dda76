package where

import "github.com/annals-project/annals/where/internal/fold"

// notPlaces are capitalised words that name towns somewhere but in news
// text are almost always something else: months, weekdays, titles and
// institutions. They are never resolved to a city, whatever its size.
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
}

// bigTown is the population above which a town named by a common word is
// still accepted, and the share of the top candidate's population a capital
// must reach to be preferred over it.
const (
	bigTown      = 100_000
	capitalShare = 10
)

// Resolve picks the entry a place name most likely means in an article
// that mentions the given countries (ISO3, in order of first mention). It
// prefers, in turn: an entry in the first mentioned country that has one
// (a country named exactly yields only to a region there, so "Georgia" in
// a story on the United States is the state); a country; a capital that is
// not dwarfed by another candidate; the most populous. Towns named by
// common words are rejected unless large. It reports false when the name
// is not a place it knows.
func (g *Gazetteer) Resolve(name string, countries []string) (Candidate, bool) {
	var arr [64]byte
	i := g.resolveKey(string(fold.Append(arr[:0], name)), countries)
	if i < 0 {
		return Candidate{}, false
	}
	return g.places[i], true
}

// resolveKey is Resolve on a folded key; it returns an index into places or -1.
func (g *Gazetteer) resolveKey(key string, countries []string) int32 {
	list := g.index[key]
	if len(list) == 0 {
		return -1
	}
	never, common := notPlaces[key], commonWords[key]
	ok := func(p int32) bool {
		c := &g.places[p]
		if c.Kind != KindCity {
			return true
		}
		if never {
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
	for _, code := range countries {
		for _, p := range list {
			c := &g.places[p]
			if c.Country != code || !ok(p) {
				continue
			}
			if country >= 0 && c.Kind == KindCity {
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
