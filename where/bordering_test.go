package where_test

import "testing"

// TestBorderingLands checks that what an area is said to border is a
// land, and that an acting or lending country with no such verb, and an
// adjective "adjoining" before a modifier, stay out.
func TestBorderingLands(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"bordering", "Saarbruecken is the capital of a state bordering France, dealers said.", "France/FRA"},
		{"bordering, comma", "Guerrillas attacked the oil-rich region, bordering Venezuela.", "Venezuela/VEN"},
		{"bordering on", "Rains passed 200 mm in the area bordering on Uruguay.", "Uruguay/URY"},
		{"acting", "Officials said Brazil suspended interest payments.", ""},
		{"lending", "Banks said loans to Brazil would be rescheduled.", ""},
		{"cabinet", "Officials said Japan's cabinet approved the plan.", ""},
		{"adjoining modifier", "The company has pipelines in five adjoining Texas counties.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
