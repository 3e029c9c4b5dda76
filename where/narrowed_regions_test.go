package where_test

import "testing"

// TestNarrowedRegions checks that a lower-case word narrowing a land
// ("western", "interior", "coastal") makes a name the region where the
// gazetteer gives the bare name to the region and the great city of that
// name is written longer (Washington, D.C.; New York City; Oklahoma
// City), and leaves cities that bear the bare name (Tokyo, São Paulo)
// and unnarrowed names as they were.
func TestNarrowedRegions(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"region over longer-named city", "Rain will fall from western Washington into northwest Oregon.", "Washington/USA|Oregon/USA"},
		{"region over longer-named city", "Rain fell in western New York and Pennsylvania.", "New York/USA|Pennsylvania/USA"},
		{"region over longer-named city", "Storms hit central Oklahoma overnight.", "Oklahoma/USA"},
		{"region over longer-named city", "The mill is in northeastern Washington.", "Washington/USA"},
		{"interior and coast", "A flood warning is in effect for interior Rhode Island.", "Rhode Island/USA"},
		{"interior and coast", "A watch covers much of the rest of Massachusetts, eastern interior Connecticut and coastal Rhode Island.", "Massachusetts/USA|Connecticut/USA|Rhode Island/USA"},
		{"unnarrowed city", "Officials met in Washington on Tuesday.", "Washington, D.C./USA"},
		{"unnarrowed city", "Shares fell in New York.", "New York City/USA"},
		{"city with the bare name", "Bombs fell in central Tokyo.", "Tokyo/JPN"},
		{"city with the bare name", "Prices rose in western Sao Paulo.", "São Paulo/BRA"},
		{"interior as a noun", "The Interior Ministry said rain fell in the interior of Brazil.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
