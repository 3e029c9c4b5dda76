package where_test

import "testing"

// TestCityMarkets checks that a city after "in" or "on" and before the
// goods or prices traded on its exchange stands for that market and is
// no place, while a city where something happens, a country's market and
// a city before a noun the market words only modify stay places.
func TestCityMarkets(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // places, "|"-separated
	}{
		// Must drop: the market a city stands for.
		{"futures", "Hot, dry weather sparked a sharp rally in Chicago futures today, dealers said.", ""},
		{"goods futures", "Soyoil showed small gains with support from mark-ups in Chicago soyoil futures.", ""},
		{"stock prices", "Dealers were cautious after a plunge in Tokyo stock prices, the managers said.", ""},
		{"goods", "Meal held gains, with steadiness in Rotterdam meals and U.S. cash values.", ""},
		// Must keep: a bare "prices" that may open a clause, the city as
		// a location, a country's market.
		{"bare prices", "Traders noted that in Chicago prices were higher.", "Chicago/USA"},
		{"futures trading", "Volume rose in Chicago futures trading, dealers said.", ""},
		{"location", "A meeting of dealers was held in Chicago today.", "Chicago/USA"},
		{"country", "Sales of cars rose in the United States market.", "United States/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.name, "", tt.text, tt.want)
	}
}
