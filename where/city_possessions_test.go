package where_test

import "testing"

// TestCityPossessions checks issue 5's forty-ninth round, read from the misses of
// the read Reuters sets: a great city in the possessive before its own
// port, market or hotel is a place with no cue before it, and a firm's
// town written after its name and a comma is its seat. A city's policy
// or package stays the government's, a part qualifying a noun after it
// is no place, and "X of Place" stays an affiliation.
func TestCityPossessions(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: a city's own part, with modifiers between.
		{"own", "", "Analysts pointed to the sale of Sydney's five-star Regent Hotel to Japanese investors.", "Sydney/AUS"},
		{"own", "", "London's soft futures markets will adopt new clearing procedures, a spokeswoman said.", "London/GBR"},
		{"own", "", "He promised to make Tokyo's markets as open as any.", "Tokyo/JPN"},
		{"own", "", "Work resumed at Sydney's ports yesterday.", "Sydney/AUS"},
		// Must drop: the government's policy, a part that modifies a noun,
		// a policy before a market, an institution.
		{"own", "", "But while Ankara's policy of liberalising markets offers new chances, firms wait.", ""},
		{"own", "", "Tokyo's market opening measures were welcomed.", ""},
		{"own", "", "He praised Seoul's market liberalisation efforts.", ""},
		{"own", "", "Investors shunned the London market.", ""},
		{"own", "", "Washington's refusal angered the delegates.", ""},
		{"own", "", "Arthur Krumper of Munich's Ifo institute said so.", ""},
		// Must find: a firm's seat after its name and a comma, with its
		// state.
		{"seat", "", "Cargill Metals, Minneapolis, offered 0.67025 dlrs per lb for wire payment.", "Minneapolis/USA"},
		{"seat", "", "The lowest came from Gerald Metals, Stamford, Ct.", "Stamford/USA|Connecticut/USA"},
		{"seat", "", "It was bought by a group led by E.M. Warburg Pincus and Co, New York.", "New York City/USA"},
		{"seat", "", "Philipp Brothers, N.Y., led with the lowest offers.", "New York/USA"},
		// Must keep out: "X of Place", a list of firms, a person's name.
		{"seat", "", "Diversified Metals Corp of Dallas offered 0.68 dlrs.", ""},
		{"seat", "", "Shares of Exxon Corp, Texaco Inc and Mobil Corp rose.", ""},
		{"seat", "", "A judge in the Supreme Ct. ruled on the case.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
