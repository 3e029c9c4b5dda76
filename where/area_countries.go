package where

import annals "github.com/annals-project/annals"

// Round 62 (issue 5), read from the read sets' misses of an area the
// gazetteer lacks placed in the wrong country: "The Bulolo field, in
// Morobe Province, was ... floated in Canada in 1926" and "The Radio,
// monitored in Abidjan, said ... districts around the Volta region" are
// areas of the country the article is about (Papua New Guinea, Ghana),
// not of the place named nearest them, which was the rule before. An
// area the text puts in no region or country belongs to the first
// country the article names outright; where it names none, to the
// country whose places it names most often, the nearest such place
// breaking a tie.

// areaCountry returns the gazetteer index of the country of the new area
// a by the rule above, given the countries the article names outright
// in order, or -1 when the article places nothing.
func (r *Recognizer) areaCountry(doc *annals.Doc, a span, named []string) int32 {
	if len(named) > 0 {
		if p, ok := r.g.byISO3[named[0]]; ok {
			return p
		}
	}
	type tally struct {
		code       string
		n, nearest int
	}
	var arr [16]tally
	counts := arr[:0]
	for _, m := range doc.Mentions {
		if m.Kind != annals.PlaceMention || m.Code == "" {
			continue
		}
		d := nearness(m.Tokens.Start, a.tok.Start) // the earlier of two as near counts as nearer
		k := 0
		for k < len(counts) && counts[k].code != m.Code {
			k++
		}
		if k == len(counts) {
			counts = append(counts, tally{m.Code, 0, d})
		}
		counts[k].n++
		counts[k].nearest = min(counts[k].nearest, d)
	}
	box, best := int32(-1), -1
	for k, c := range counts {
		p, ok := r.g.byISO3[c.code]
		if !ok {
			continue
		}
		if best < 0 || c.n > counts[best].n || c.n == counts[best].n && c.nearest < counts[best].nearest {
			box, best = p, k
		}
	}
	return box
}
