package where_test

import (
	"testing"
)

// TestPossessiveFigures checks issue 5's nineteenth-round rules, drawn from Reuters
// wire copy, each with rows it must keep out.
func TestPossessiveFigures(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		// A country's own economic figure, written as its possessive, is
		// measured there; its acts, plans and debts stay an actor's.
		{"figure", "Japan's gross national product rose a real 0.8 pct.", "Japan/JPN"},
		{"figure", "Brazil's trade surplus, its main source of foreign exchange, has dwindled.", "Brazil/BRA"},
		{"figure", "He linked Bank help for Indonesia's hard-pressed balance of payments to reform.", "Indonesia/IDN"},
		{"figure", "Taiwan's M-1B money supply rose a seasonally adjusted 48.22 pct.", "Taiwan/TWN"},
		{"figure", "Trading on Russia's major stock markets has been suspended.", "Russia/RUS"},
		{"figure", "Banks complained about Brazil's freeze on trade lines.", ""},
		{"figure", "Taiwan's textile export growth target was cut.", ""},
		{"figure", "Brazil's inflation-fighting plan failed.", ""},
		{"figure", "The Bank of Japan's reserves rose.", ""},
		{"figure", "He criticised South Korea's five-year import diversification plan.", ""},
		// An amount may stand between a statistical verb and its figure.
		{"amount", "Australia posted a 13.82 billion dlr current account deficit in 1985/86.", "Australia/AUS"},
		{"amount", "Argentina has already committed four mln tonnes of corn for export.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}

// TestPossessiveFiguresFronted checks that names after a fronted place, which a
// verb follows, are the clause's subject.
func TestPossessiveFiguresFronted(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Within the consuming countries there is some pressure. In London, the U.S. was supported by the U.K., the Netherlands, West Germany, Japan, Australia and New Zealand on the issue.", "London/GBR"},
		{"In Paris, Britain, France, Japan, the U.S. And West Germany agreed to cooperate.", "Paris/FRA"},
		{"In London, Paris and Rome, prices rose.", "London/GBR|Paris/FRA|Rome/ITA"},
		{"Prices rose in London, Paris and Rome.", "London/GBR|Paris/FRA|Rome/ITA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "fronted", "", tt.text, tt.want)
	}
}
