package where_test

import "testing"

// TestGovernedAreas checks issue 5's fifty-seventh round: the name a
// governor or a governorship is given is the division it governs, and so
// are the article's other mentions of the name, not its namesake city.
func TestGovernedAreas(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"governorship of", "A seat to watch would be the governorship of Fukuoka. The LDP may lose in Fukuoka, he said.", "Fukuoka Prefecture/JPN"},
		{"governorship in", "The LDP failed to restore a governorship in Fukuoka it had placed importance on winning.", "Fukuoka Prefecture/JPN"},
		{"no governor", "The LDP may lose in Fukuoka, he said.", "Fukuoka/JPN"},
		{"bank governor", "The governor of the Bank of Japan spoke in Tokyo.", "Tokyo/JPN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
