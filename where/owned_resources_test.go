package where_test

import "testing"

// TestOwnedResources checks issue 5's fifty-seventh round: a country's
// possessive before the energy, oil, oilfields, petroleum reserve or
// external payments it owns is the country, measured as its output is;
// its firms, officials and debts stay an actor's.
func TestOwnedResources(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"energy", "Nuclear energy provided the bulk of Japan's electric power in the fiscal year.", "Japan/JPN"},
		{"oil", "About 60 pct of Japan's crude oil passes through the waterway.", "Japan/JPN"},
		{"fields", "The pipeline will start near the centre of Ecuador's jungle oilfields.", "Ecuador/ECU"},
		{"fields", "Output rose at Norway's offshore oil fields last year.", "Norway/NOR"},
		{"reserve", "Stocks are kept for Sweden's national petroleum reserve.", "Sweden/SWE"},
		{"payments", "It will take a concerted effort to regularize Brazil's external payments.", "Brazil/BRA"},
		{"actor", "Japan's Finance Minister said the oil price would hold.", ""},
		{"actor", "Analysts said Britain's Cable and Wireless would bid.", ""},
		{"debt", "Funaro will renegotiate Brazil's 109 billion dollar foreign debt.", ""},
		{"power as politics", "Analysts said Japan's political power was waning.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
