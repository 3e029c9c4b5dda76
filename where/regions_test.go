package where_test

import (
	"os"
	"strings"
	"testing"

	"github.com/annals-project/annals/where"
	"github.com/annals-project/annals/where/internal/fold"
)

// sharedWithCities are the regions kept under a name that a city of
// 100,000 or more elsewhere also bears, because news text means the region
// far more often: the names of states, provinces and counties that towns
// abroad were named after. Any other such name is an error.
var sharedWithCities = map[string]bool{
	"Virginia": true, "Ontario": true, "Victoria": true, "Bali": true, "Kent": true,
	"Surrey": true, "Norfolk": true, "Orkney": true, "Paraná": true, "Santa Catarina": true,
}

// TestRegionsTable checks the hand-written region list: every country code
// is one the gazetteer knows, no name or other name is written twice
// within a country (a second entry would split the region's mentions),
// and no name is that of a city of 100,000 or more in another country,
// which the region would then take from the city wherever it is written.
func TestRegionsTable(t *testing.T) {
	b, err := os.ReadFile("regions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	g := gaz(t)
	seen := map[string]string{} // folded name and country -> line
	n := 0
	for i, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		n++
		f := strings.Split(l, "\t")
		if len(f) < 4 {
			t.Errorf("line %d: %d columns", i+1, len(f))
			continue
		}
		if c, ok := g.Country(f[1]); !ok || c.Kind != where.KindCountry {
			t.Errorf("line %d: %s: unknown country %q", i+1, f[0], f[1])
		}
		names := []string{f[0]}
		if len(f) > 4 && f[4] != "" {
			names = append(names, strings.Split(f[4], "|")...)
		}
		for _, name := range names {
			k := fold.Key(name) + "/" + f[1]
			if prev, dup := seen[k]; dup && prev != f[0] {
				t.Errorf("line %d: %q of %s already named at %s", i+1, name, f[1], prev)
			}
			seen[k] = f[0]
			for _, c := range g.Lookup(name) {
				if c.Kind == where.KindCity && c.Country != f[1] && c.Population >= 100_000 && !sharedWithCities[name] {
					t.Errorf("line %d: %q (%s) is also %s, %s, of %d", i+1, name, f[1], c.Name, c.Country, c.Population)
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("%d regions, want at least 1,000", n)
	}
}
