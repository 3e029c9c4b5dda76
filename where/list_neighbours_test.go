package where_test

import "testing"

// TestListNeighbours checks issue 5's ninety-fifth round: the items of a
// bare list of towns are neighbours, so an item named like a capital
// abroad, a given name or several towns of the country is the town of
// the division two or more other items lie in ("Carrascal, Cantilan,
// Madrid, Carmen, Lanuza, and Cortes" in Surigao del Sur). Lists with a
// region or country in them, lists of great cities, and items the
// division holds no town of stay as they were.
func TestListNeighbours(t *testing.T) {
	const quake = "An earthquake struck Surigao del Sur, Philippines. "
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"list neighbours", "", quake + "Governor Alexander Pimentel told CNN Philippines the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes.",
			"Surigao del Sur/PHL|Philippines/PHL|Cantilan/PHL|Madrid/PHL|Carmen/PHL|Carrascal/PHL|Lanuza/PHL|Cortes/PHL"},
		// Out: a list of two items is as often a pair of anything.
		{"list neighbours", "", quake + "The towns damaged were Cantilan and Madrid.",
			"Surigao del Sur/PHL|Philippines/PHL|Cantilan/PHL"},
		// Out: one town placed is no division to share.
		{"list neighbours", "", quake + "The towns damaged were Carrascal, Madrid and Carmen.",
			"Surigao del Sur/PHL|Philippines/PHL|Carrascal/PHL"},
		// Out: great cities of several countries name no division.
		{"list neighbours", "", "The firm has offices in Frankfurt, London, Madrid and Tokyo.",
			"Frankfurt am Main/DEU|London/GBR|Madrid/ESP|Tokyo/JPN"},
		// Out: a list with a region in it is no plain list of towns.
		{"list neighbours", "", "The plant is in Rochester, New York, the company said.",
			"Rochester/USA|New York/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
