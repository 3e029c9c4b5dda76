package where_test

import (
	"testing"
)

// TestCountryMarkets checks issue 5's twenty-fourth-round rules, drawn from the
// misses of dev6.tsv, each with rows it must keep out.
func TestCountryMarkets(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A country's plantations, markets and economic crisis are
		// inside it: the country is a place.
		{"market", "", "A leaf disease hit seven pct of Sri Lanka's rubber plantations, officials said.", "Sri Lanka/LKA"},
		{"market", "", "Two rival firms are seeking to enter Japan's international telecommunications market.", "Japan/JPN"},
		{"market", "", "Taiwan's property market is set to turn around after five years.", "Taiwan/TWN"},
		{"market", "", "Brazil's economic crisis is forcing a rethink, bankers said.", "Brazil/BRA"},
		// A market the country sells into, or its share of one, is not.
		{"market", "", "Saudi Arabia is Britain's largest export market in the region.", ""},
		{"market", "", "The Gulf is now Australia's largest market for lamb.", ""},
		{"market", "", "Quotas would restore Brazil's market share after low exports.", ""},
		{"market", "", "It forecast that Australia's four major markets will dominate sales.", ""},
		// A change verb a tagger reads as a noun after a figure it read
		// as a verb.
		{"change", "", "Indonesia's gas exports rose sharply.", "Indonesia/IDN"},
		{"change", "", "Sweden's trade surplus rose to 3.6 billion crowns in February.", "Sweden/SWE"},
		{"change", "", "Japan's export growth target was cut.", ""},
		// Acts and debts stay an actor's.
		{"market", "", "Brazil's suspension of interest payments convinced bankers.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
