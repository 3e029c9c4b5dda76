package where

import (
	"slices"
	"strings"
)

// Round 62 (issue 5), read from the read sets' misses of a town abroad
// resolved to a namesake in a country the article never names: wire
// copy shortens a Spanish or Portuguese town's name to the words before
// its "de", "del" or "do" ("A stoppage was also called off in Santa
// Cruz, on Tenerife" for Santa Cruz de Tenerife, "quoted at ... San
// Nicolas and Puerto Alvear" for San Nicolás de los Arroyos), and the
// gazetteer, which knows the full name only, gave the bare one to a
// town of the Philippines. A city that lies in none of the article's
// countries, or not in the country named beside it ("Santa Cruz,
// Bolivia"), yields to a large town of one of them whose name is the
// mention's name followed by such a particle and more.

// shortFormParticles are the words after which a town's full name may
// be cut ("Santa Cruz de Tenerife", "Sao Jose do Rio Preto").
var shortFormParticles = [...]string{" de ", " del ", " do ", " da ", " dos ", " das "}

// indexShortForms indexes the cities of at least bigTown inhabitants by
// the words of their name before the first of shortFormParticles,
// largest first: "santa cruz" -> Santa Cruz de Tenerife, ...
func (g *Gazetteer) indexShortForms() map[string][]int32 {
	m := map[string][]int32{}
	for _, r := range g.cities {
		for p := r[0]; p < r[1]; p++ {
			if g.places[p].Population < bigTown {
				continue
			}
			k := g.keys[p]
			cut := -1
			for _, w := range shortFormParticles {
				if i := strings.Index(k, w); i > 0 && (cut < 0 || i < cut) {
					cut = i
				}
			}
			if cut > 0 {
				m[k[:cut]] = append(m[k[:cut]], p)
			}
		}
	}
	for _, l := range m {
		slices.SortFunc(l, func(a, b int32) int { return g.places[b].Population - g.places[a].Population })
	}
	return m
}

// shortFormTowns moves each town of res that lies in none of the
// article's countries to the largest town of the first of those
// countries that has one whose full name the mention shortens. A name
// with a region or country beside it ("Santa Cruz, Bolivia") looks in
// that country alone.
func (r *Recognizer) shortFormTowns(spans []span, res []int32, countries []string) {
	var forms map[string][]int32
	for x, sp := range spans {
		p := res[x]
		if p < 0 || r.g.places[p].Kind != KindCity {
			continue
		}
		in := countries
		if sp.in != "" {
			b := r.g.container(sp.in)
			if b < 0 {
				continue
			}
			in = []string{r.g.places[b].Country}
		}
		if slices.Contains(in, r.g.places[p].Country) {
			continue
		}
		if forms == nil {
			forms = r.g.shortForms()
		}
		long := forms[sp.key]
		for _, code := range in {
			if k := slices.IndexFunc(long, func(q int32) bool { return r.g.places[q].Country == code }); k >= 0 {
				res[x] = long[k]
				break
			}
		}
	}
}
