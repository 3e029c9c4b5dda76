package where_test

import (
	"context"
	"strings"
	"testing"

	"github.com/annals-project/annals/where"
)

// TestSecondTier checks each rule of the second tier (GeoNames cities500
// with alternate names): a name the gazetteer lacks is placed after a
// strong cue in a country the article names, or beside its region or
// country, and never without such a cue, at a sentence's start, for a
// common word, a firm's or a person's name, a water, or a county.
func TestSecondTier(t *testing.T) {
	checkTowns(t, []townCase{
		{"cue, country named elsewhere",
			"Floods struck in the Philippines. Homes were lost in Lanuza on Sunday.", "Philippines/PHL|Lanuza/PHL", 9.23, 126.06},
		{"apposition with a region",
			"He lives in Randolph, Maine.", "Randolph/USA|Maine/USA", 44.23, -69.77},
		{"a place's own name before another's alternate name",
			"Based in Milan, Ohio, the venture will make seals.", "Milan/USA|Ohio/USA", 41.30, -82.61},
		{"an alternate name of a tier place",
			"Fighting spread in Syria. Kurdish forces held Tall Tamr. Rebels shelled roads near Tall Tamr.", "Syria/SYR|Tall Tamr/SYR", 36.66, 40.37},
		{"an alternate name of a gazetteer city",
			"Strikes spread in Montenegro, and 5,000 workers walked out in Titograd.", "Montenegro/MNE|Podgorica/MNE", 42.44, 19.26},
		{"a name the lexicon knows as a proper noun, beside its country",
			"The bank has an office in Oporto, Portugal.", "Portugal/PRT|Porto/PRT", 41.15, -8.61},
		{"the same, without its country",
			"Banks grew in Portugal. The bank has an office in Oporto.", "Portugal/PRT", 0, 0},
		{"no cue", "Rain fell in the Philippines. Lanuza said it would rebuild.", "Philippines/PHL", 0, 0},
		{"a sentence's first word", "Rain fell in the Philippines. Lanuza, Philippines, was flooded.", "Philippines/PHL", 0, 0},
		{"no country of the article holds it", "Homes were lost in Lanuza on Sunday.", "", 0, 0},
		{"the region beside it holds none", "He lives in Lanuza, Maine.", "Maine/USA", 0, 0},
		{"two towns of the country bear the name",
			"Storms hit towns in the Philippines. Homes were lost in Anilao on Sunday.", "Philippines/PHL", 0, 0},
		{"a preposition inside a longer name",
			"The pilot landed in England at St Margaret's at Cliffe.", "England/GBR", 0, 0},
		{"a proper adjective",
			"Exports from the United States were priced in Canadian dollars.", "United States/USA", 0, 0},
		{"a holiday the lexicon knows",
			"Shops shut in the United States at Christmas.", "United States/USA", 0, 0},
		{"a firm the article names",
			"Fairchild Semiconductor Corp has plants in the United States. Jobs were cut in Fairchild.", "United States/USA", 0, 0},
		{"a water", "Exxon has wells in the United States and in the North Sea.", "United States/USA", 0, 0},
		{"a compass word before a known city",
			"Farmers in the United States and in West Cairo were hit.", "United States/USA", 0, 0},
		{"a county", "The site is in Nassau County, New York.", "New York/USA", 0, 0},
		{"not a town, though villages bear the name",
			"Scientists worked in the United States. They said life began on Earth and in Earth.", "United States/USA", 0, 0},
		// A small town written beside its region or country is that town, not
		// a slip for a city one letter away, nor a compass word before a city
		// the gazetteer knows; without its area the older guards still hold.
		{"a village one letter from a city of the same country",
			"The plant in Wettolsheim, France, will make copiers.", "France/FRA|Wettolsheim/FRA", 48.06, 7.30},
		{"a slip the area holds no town of is still mended",
			"The plant in Wentsville, Mo., will make cars.", "Missouri/USA|Wentzville/USA", 38.81, -90.85},
		{"a compass word that is part of the town's name",
			"The plants are in North Tarrytown, N.Y., the company said.", "New York/USA|Sleepy Hollow/USA", 41.09, -73.86},
		{"a compass word before a known city, no area beside it",
			"Farmers in the United States and in West Cairo were hit.", "United States/USA", 0, 0},
	})
}

// TestSecondTierLazy checks that the tier is decoded only when a name the
// gazetteer lacks is strongly placed in an article that names a country.
func TestSecondTierLazy(t *testing.T) {
	g, err := where.LoadFresh()
	if err != nil {
		t.Fatal(err)
	}
	r := where.NewRecognizer(g)
	ctx := context.Background()
	for _, text := range []string{
		"Fighting broke out in Kabul and Kandahar on Monday.",
		"Rain fell in the Philippines. Lanuza said it would rebuild.",
		"Homes were lost in Lanuza on Sunday.",
		"Moscow warned Washington on Tuesday.",
	} {
		if err := r.Annotate(ctx, doc(t, "", text)); err != nil {
			t.Fatal(err)
		}
		if where.TownsLoaded(g) {
			t.Fatalf("%q decoded the second tier", text)
		}
	}
	if err := r.Annotate(ctx, doc(t, "", "Floods struck in the Philippines. Homes were lost in Lanuza.")); err != nil {
		t.Fatal(err)
	}
	if !where.TownsLoaded(g) {
		t.Error("a cued town the gazetteer lacks did not decode the second tier")
	}
}

// TestSecondTierData checks the embedded tier: its size, and that every
// place row parses.
func TestSecondTierData(t *testing.T) {
	places, names, bad, err := where.TownNames(gaz(t))
	if err != nil {
		t.Fatal(err)
	}
	if places < 140_000 || places > 160_000 {
		t.Errorf("%d places, want 140k-160k", places)
	}
	if names < 300_000 || names > 400_000 {
		t.Errorf("%d names, want 300k-400k", names)
	}
	if bad > 0 {
		t.Errorf("%d place rows do not parse", bad)
	}
}

func BenchmarkLoadTowns(b *testing.B) {
	g := gaz(b)
	for b.Loop() {
		if _, err := where.LoadTownsFresh(g); err != nil {
			b.Fatal(err)
		}
	}
}

// townCase is a text and the places annals should find in it, with the
// coordinates (lat 0: none) that one of them must lie within 30 km of.
type townCase struct {
	name     string
	text     string
	want     string // places, "|"-separated
	lat, lon float64
}

// checkTowns annotates each case's text and compares its places.
func checkTowns(t *testing.T, tests []townCase) {
	t.Helper()
	for _, tt := range tests {
		d := annotate(t, "", tt.text)
		got := strings.Join(places(t, d), "|")
		if got != tt.want {
			t.Errorf("%s: %q: got %q, want %q", tt.name, tt.text, got, tt.want)
			continue
		}
		if tt.lat == 0 {
			continue
		}
		found := false
		for _, p := range d.Places {
			found = found || p.GeonameID != 0 && km(p.Lat, p.Lon, tt.lat, tt.lon) <= 30
		}
		if !found {
			t.Errorf("%s: %q: no place near %.2f,%.2f in %+v", tt.name, tt.text, tt.lat, tt.lon, d.Places)
		}
	}
}
