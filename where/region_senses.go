package where

// regionSenses holds a name to one sense per article across borders:
// where the article ties a name to a region of one country ("Oshawa,
// Ontario", "Australia's Victoria state"), a bare mention of it that
// resolved to a town of another country ("jobs in Ontario and Quebec",
// "investment in Victoria") means that region too. A namesake town in
// the region's own country keeps its reading ("White Plains, New York"
// ... "in New York" is the city), as does a capital abroad.
func (r *Recognizer) regionSenses(spans []span, res []int32) {
	for x, sp := range spans {
		p := res[x]
		if p < 0 || sp.row > 0 || sp.box || sp.in != "" || sp.dateline {
			continue
		}
		c := &r.g.places[p]
		if c.Kind != KindCity || c.Capital {
			continue
		}
		for y, q := range res {
			if y == x || q < 0 || spans[y].key != sp.key {
				continue
			}
			if d := &r.g.places[q]; d.Kind == KindRegion && d.Country != c.Country {
				res[x] = q
				break
			}
		}
	}
}
