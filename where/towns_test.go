package where_test

import (
	"context"
	"strings"
	"testing"

	"github.com/annals-project/annals/where"
)

// TestSmallTowns checks the second tier: a town of 1,000 to 4,999 people
// is found after a strong cue in a country the article names, or beside
// its region or country, and never without a cue or such a country.
func TestSmallTowns(t *testing.T) {
	tests := []struct {
		text     string
		want     string // places, "|"-separated
		lat, lon float64
	}{
		// Cued, the country named elsewhere in the article.
		{"Floods struck in the Philippines. Homes were lost in Lanuza on Sunday.", "Philippines/PHL|Lanuza/PHL", 9.23, 126.06},
		// Cued, placed by the region beside it.
		{"He lives in Randolph, Maine.", "Randolph/USA|Maine/USA", 44.23, -69.77},
		// No preposition: a "Town, Country" pair.
		{"Sangatte, France, was quiet on Sunday.", "Sangatte/FRA", 50.95, 1.75},
		// Cued, but no country of the article holds such a town.
		{"Homes were lost in Lanuza on Sunday.", "", 0, 0},
		// Named, but with no cue.
		{"Rain fell in the Philippines. Lanuza said it would rebuild.", "Philippines/PHL", 0, 0},
		// A cue inside a longer name vouches for nothing.
		{"The pilot landed in England at St Margaret's at Cliffe.", "England/GBR", 0, 0},
		// Not a town, though villages bear the name.
		{"Scientists in the United States said life on Earth began early.", "United States/USA", 0, 0},
		// The region beside it holds no town of the name.
		{"He lives in Lanuza, Maine.", "Maine/USA", 0, 0},
	}
	for _, tt := range tests {
		d := annotate(t, "", tt.text)
		if got := strings.Join(places(t, d), "|"); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
			continue
		}
		if tt.lat == 0 {
			continue
		}
		found := false
		for _, p := range d.Places {
			found = found || p.GeonameID != 0 && km(p.Lat, p.Lon, tt.lat, tt.lon) <= 50
		}
		if !found {
			t.Errorf("%q: no town near %.2f,%.2f in %+v", tt.text, tt.lat, tt.lon, d.Places)
		}
	}
}

// TestSmallTownsLazy checks that the tier is decoded only when a name the
// gazetteer lacks follows a strong cue in an article that names a country.
func TestSmallTownsLazy(t *testing.T) {
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
			t.Fatalf("%q decoded the small towns", text)
		}
	}
	if err := r.Annotate(ctx, doc(t, "", "Floods struck in the Philippines. Homes were lost in Lanuza.")); err != nil {
		t.Fatal(err)
	}
	if !where.TownsLoaded(g) {
		t.Error("a cued town the gazetteer lacks did not decode the small towns")
	}
}

func BenchmarkLoadTowns(b *testing.B) {
	for b.Loop() {
		if _, err := where.LoadTownsFresh(); err != nil {
			b.Fatal(err)
		}
	}
}
