package where

// Round 67 (issue 5), read from the "Town, Region" pairs of the Reuters
// read sets: after a locative preposition the gold places every such
// town ("at Delta, Pa.", "in Hemlo, Ontario"), but a small town that
// shares its name with a region abroad was kept from the region beside
// it: "Andalusia, Ala." was Spain's Andalusia.

// regionAbroad reports whether key, written before the region inKey
// names, is no country and names only regions outside that region's
// country: "Andalusia, Ala." is a town of Alabama rather than Spain's
// region, while "Cebu, Philippines" stays the province and "Mexico,
// Philippines" a list of countries.
func (g *Gazetteer) regionAbroad(key, inKey string) bool {
	in := g.container(inKey)
	if in < 0 || g.places[in].Kind != KindRegion {
		return false
	}
	for _, p := range g.index[key] {
		c := &g.places[p]
		if c.Kind == KindCountry || c.Kind == KindRegion && c.Country == g.places[in].Country {
			return false
		}
	}
	return true
}
