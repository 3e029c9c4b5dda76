package where

import (
	"slices"
	"strconv"
	"strings"

	annals "github.com/annals-project/annals"
)

// Round 91 (issue 5): another name of a great city. The second tier
// marks with "*" the names the tag lexicon knows as proper nouns
// ("Christmas", "Nixon"), and town admits them only beside their region
// or country. Some of them are the older or foreign names of a great
// city of the main gazetteer ("Leningrad" for Saint Petersburg,
// "Teheran", "Saigon", "Genova"), which news writes alone after "in" as
// it writes any great city: "the American Consulate in Leningrad". Such
// a name, after a strong cue, in a story that places the city's country,
// is that city: a great city is what a reader takes a bare name to mean,
// and a person's name ("Sam", "Victoria") is no such name (firstNames).

// minGreatCity is the fewest inhabitants of a city that a proper noun
// of the second tier may name without its region or country beside it.
const minGreatCity = greatCapital

// greatCityName returns the main-tier city that the proper noun key of
// the second tier names at u, or -1: u follows a strong cue, has no
// region beside it, and key refers to exactly one city of at least
// minGreatCity inhabitants, in a country of in or of a great city the
// article names ("the U.S. Embassy in Moscow and the American Consulate
// in Leningrad").
func (r *Recognizer) greatCityName(doc *annals.Doc, u span, tier *townTier, key string, in []string, spans []span) int32 {
	if u.in != "" || firstNames[key] || !townCueAt(doc, u) {
		return -1
	}
	refs, proper := strings.CutPrefix(tier.refs(key), "*")
	if !proper {
		return -1
	}
	found := int32(-1)
	for refs != "" {
		var ref string
		ref, refs, _ = strings.Cut(refs, ",")
		id, ok := strings.CutPrefix(ref, "m")
		if !ok {
			continue
		}
		n, _ := strconv.Atoi(id)
		p, known := tier.mainByID.get(int32(n))
		if !known {
			continue
		}
		c := &r.g.places[p]
		if c.Kind != KindCity || c.Population < minGreatCity || !slices.Contains(in, c.Country) && !r.greatCityOf(c.Country, spans) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = p
	}
	return found
}

// greatCityNamed reports whether a name of spans is first of all a city
// of at least minGreatCity inhabitants, whose country greatCityName may
// take though no country is placed otherwise.
func (r *Recognizer) greatCityNamed(spans []span) bool {
	for _, sp := range spans {
		if list := r.g.index[sp.key]; len(list) > 0 {
			if c := &r.g.places[list[0]]; c.Kind == KindCity && c.Population >= minGreatCity {
				return true
			}
		}
	}
	return false
}

// greatCityOf reports whether a name of spans is first of all a city of
// at least minGreatCity inhabitants in country code: "Moscow".
func (r *Recognizer) greatCityOf(code string, spans []span) bool {
	for _, sp := range spans {
		if list := r.g.index[sp.key]; len(list) > 0 {
			if c := &r.g.places[list[0]]; c.Kind == KindCity && c.Country == code && c.Population >= minGreatCity {
				return true
			}
		}
	}
	return false
}
