package where_test

import "testing"

// TestMarketHeadlines checks issue 5's forty-third round, read from all nine sets
// of company and market news at once: the city that closes a shouted
// market headline, and more of a country's own figures after its
// possessive. Each rule has rows it must leave alone.
func TestMarketHeadlines(t *testing.T) {
	const body = "The dollar opened lower in quiet trading, dealers said."
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A city after "IN" and a market's mood, ending the headline.
		{"headline", "DOLLAR OPENS LOWER IN QUIET ZURICH", body, "Zürich/CHE"},
		{"headline", "EQUITIES MAINLY HIGHER IN QUIET EARLY LONDON", body, "London/GBR"},
		{"headline", "DOLLAR OPENS LOWER IN NEW YORK", body, "New York City/USA"},
		{"headline", "TOKYO TO ISSUE 100 MLN DLR BOND IN NEW YORK", body, "New York City/USA"},
		// Out: the name qualifies a noun after it, the headline is not
		// shouted, and no "IN" comes before the name.
		{"headline", "FIRE IN NEW YORK TALKS", body, ""},
		{"headline", "Dollar opens lower in quiet trading", body, ""},
		{"headline", "QUIET LONDON DEALERS SEE DOLLAR STEADY", body, ""},

		// A country's own figures and works after its possessive.
		{"figure", "", "Norway's September oil output rose by 22.2 pct.", "Norway/NOR"},
		{"figure", "", "The ministry said the development of Switzerland's finances was due to growth.", "Switzerland/CHE"},
		{"figure", "", "Planters protested against the closure of Haiti's largest sugar mill.", "Haiti/HTI"},
		{"figure", "", "Belgium's public debt rose in April by 38.5 billion francs.", "Belgium/BEL"},
		{"figure", "", "The Agriculture Ministry estimates Japan's edible oil demand will rise 1.5 pct.", "Japan/JPN"},
		{"figure", "", "The United States' dependency on foreign oil may reach record levels.", "United States/USA"},
		// Out: a party's demand, a debt owed, and "may" the modal.
		{"figure", "", "Iran's demand that Iraq pay reparations was rejected.", ""},
		{"figure", "", "Brazil's debt talks with banks resumed.", ""},
		{"figure", "", "Peru's may be the first default.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
