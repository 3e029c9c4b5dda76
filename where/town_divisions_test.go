package where_test

import "testing"

// TestTownDivisions checks issue 5's sixty-second round: a name the text
// calls a state or province that the gazetteer knows only as towns is a
// division it lacks, placed in the country of its towns or of the
// article; a division the gazetteer has is that division, and a region
// of a town is a part of the town.
func TestTownDivisions(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"town named as a division", "Colombia's pipeline was attacked. The attack was near Magangue in northeastern Bolivar province.",
			"Magangué/COL|Bolivar/COL"},
		{"town named as a division", "A drought hit the cattle producing province of Camaguey in Cuba.",
			"Cuba/CUB|Camaguey/CUB"},
		{"division the gazetteer has", "Rain fell in western Buenos Aires province.", "Buenos Aires Province/ARG"},
		{"part of a town", "His phone was last active in the north-east region of Seoul.", "Seoul/KOR"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
