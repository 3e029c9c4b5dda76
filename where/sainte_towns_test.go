package where_test

import "testing"

// TestSainteTowns checks issue 5's ninety-first round: "Ste.", French
// Sainte, is an abbreviation that ends no sentence (text/tables.go), so
// "Ste. Therese" folds to the town's name as "Ste-Therese" does.
func TestSainteTowns(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"ste", "", "Cars will be produced at Ste. Therese, beginning in May, GM Canada said.", "Sainte-Thérèse/CAN"},
		{"ste", "", "It will build cars at Ste. Therese, Quebec.", "Sainte-Thérèse/CAN|Quebec/CAN"},
		{"ste", "", "Jobs will be created by the increased production in Ste. Therese.", "Sainte-Thérèse/CAN"},
		{"ste", "", "It will build cars at Ste-Therese, Quebec.", "Sainte-Thérèse/CAN|Quebec/CAN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
