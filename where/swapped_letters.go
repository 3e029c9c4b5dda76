package where

// Two letters swapped in a short name. fuzzy forgives any one slip only in
// names of minFuzzy letters or more: a shorter name is too often one
// letter changed, added or dropped from another town or a word. A swap of
// two neighbouring letters is the typist's commonest slip and rarely
// makes another real name, so for a name of minSwapped letters up to
// minFuzzy it alone is forgiven, and only toward a country or a great
// city: "Toyko" (ten Reuters stories), "Prauge", "Dulbin", "Ecaudor".
// Over Reuters and Wikinews every capitalised word so forgiven is such a
// slip.

// minSwapped is the shortest folded name, in bytes, whose swapped letters
// are forgiven.
const minSwapped = 5

// swapped returns the one country or great city whose name is key with
// two neighbouring letters after the first swapped, or -1 when there is
// none or more than one. key is a single word the index lacks.
func (g *Gazetteer) swapped(key string, scratch []byte) int32 {
	if len(key) < minSwapped || len(key) >= minFuzzy {
		return -1
	}
	for i := 0; i < len(key); i++ {
		if c := key[i]; c < 'a' || c > 'z' {
			return -1
		}
	}
	found := int32(-1)
	for i := 1; i+1 < len(key); i++ { // the first letter is kept, as in fuzzy
		if key[i] == key[i+1] {
			continue
		}
		b := append(scratch[:0], key...)
		b[i], b[i+1] = b[i+1], b[i]
		// Nearly every swap makes no name: the index's filter says so
		// before the lookup in a map of every name.
		if !g.indexKeys.mayBytes(b) {
			continue
		}
		for _, p := range g.index[string(b)] {
			if c := &g.places[p]; c.Kind == KindCountry || c.Kind == KindCity && c.Population >= fuzzyPop {
				if found >= 0 && found != p {
					return -1
				}
				found = p
			}
		}
	}
	return found
}
