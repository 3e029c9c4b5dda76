package where_test

import "testing"

// TestFeatureRegions checks issue 5's ninety-first round: after a
// natural feature's proper name and its noun, "of" names the territory
// that holds it ("the Black Warrior Basin of Alabama"). A firm's name
// ending on a firm word, and a noun that is no land form, stay out.
func TestFeatureRegions(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: the territory after the feature.
		{"feature", "", "The gas is produced by the Brookwood project in the Black Warrior Basin of Alabama, which is equally owned by the two firms.", "Alabama/USA"},
		{"feature", "", "Cool and wet weather has also prevailed in the lower Rio Grande Valley of Texas so far this month.", "Texas/USA"},
		{"feature", "", "It is involved in oil exploration in the Paris Basin of France.", "France/FRA"},
		{"feature", "", "The firm operates primarily on the East Coast of the U.S.", "United States/USA"},
		// Must not find: a firm's name.
		{"feature", "", "Gold Fields of South Africa Ltd said output rose.", ""},
		{"feature", "", "He is president of the Ohio Valley Electric Corp of Piketon.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
