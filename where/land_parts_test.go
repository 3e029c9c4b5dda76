package where_test

import "testing"

// TestLandParts checks issue 5's fifty-third round, read from the
// known-name misses of dev7.tsv to dev38.tsv: a lower-case noun of a
// land's part, then "of", puts the land on the map; a share of what a
// party owns does not.
func TestLandParts(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: a part of a land.
		{"part", "", "The group sells in France and in French-speaking cantons of Switzerland.", "France/FRA|Switzerland/CHE"},
		// Must find: a part of a land after "the" or a compass word.
		{"part", "", "Little rain fell in eastern Texas and the southern tip of Florida.", "Texas/USA|Florida/USA"},
		{"part", "", "Snow covered the southern half of Vermont on Tuesday.", "Vermont/USA"},
		{"part", "", "Showers spread through southern portions of Alabama and Georgia.", "Alabama/USA|Georgia/USA"},
		// Must drop: a share of what a party owns, or a share with no
		// area's word before it.
		{"share", "", "Analysts said the half of Canada's offer paid in cash was too small.", ""},
		{"share", "", "He said half of Brazil had voted against the plan.", ""},
		{"share", "", "Portions of Mexico's debt were sold last year.", ""},
		// Must keep: a capitalised Republic belongs to a name, and an
		// office's holder stays out (a federation's republic is
		// federal_republics_test.go's).
		{"name", "", "The President of the Republic of Cyprus spoke on Monday.", ""},
		{"office", "", "The mayor of Boston spoke on Monday.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
