package where_test

import "testing"

// TestAdjectiveTowns checks that a country named only by its nationality
// adjective admits a small town of the second tier after a strong cue,
// and nothing more: not without a cue, not a name the tier places in two
// of the article's countries, not a name written before a feature noun
// ("harbour", "field"), which names the feature.
func TestAdjectiveTowns(t *testing.T) {
	checkTowns(t, []townCase{
		{"adjective, then the town after a strong cue",
			"The French company will build a plant in Wettolsheim next year.", "Wettolsheim/FRA", 48.06, 7.30},
		{"adjective in an earlier sentence",
			"French inventor Franky Zapata crossed the water. The flight started in Sangatte at dawn.", "Sangatte/FRA", 50.95, 1.75},
		{"adjective of a people, the town after from",
			"Belgian officials said the ferry was on its way from Zeebrugge when it sank.", "Zeebrugge/BEL", 51.33, 3.18},
		// Negative cases: these must not change.
		{"no adjective, no country", "The company will build a plant in Wettolsheim next year.", "", 0, 0},
		{"adjective, but no cue", "The French company said Wettolsheim would get a plant.", "", 0, 0},
		{"adjective of another country", "The Spanish company will build a plant in Wettolsheim next year.", "", 0, 0},
		{"a feature named for the town", "Belgian officials said the ferry capsized in Zeebrugge harbour.", "", 0, 0},
	})
}

// TestNearTowns checks that "near" after a capitalised word still
// vouches for a small town after it, while a preposition that stands
// inside longer names does not.
func TestNearTowns(t *testing.T) {
	checkTowns(t, []townCase{
		{"near after a project's name",
			"It will sell power from its Lock and Dam Number Seven Project near Kittanning, Pa., to a utility.", "Pennsylvania/USA|Kittanning/USA", 40.82, -79.52},
		{"near after a lower-case noun, as before",
			"It will sell power from its plant near Kittanning, Pa., to a utility.", "Pennsylvania/USA|Kittanning/USA", 40.82, -79.52},
		// Negative case: unchanged.
		{"at inside a longer name", "The pilot landed in England at St Margaret's at Cliffe.", "England/GBR", 0, 0},
	})
}
