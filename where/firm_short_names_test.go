package where_test

import "testing"

// TestFirmShortNames checks that a town's name the article also writes at
// the head of a firm's full name ("Burlington Industries Inc") is the
// firm's short name elsewhere, with the uses that still say where.
func TestFirmShortNames(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// The firm's short name after its full name.
		{"short name", "", "Burlington Industries Inc shares rose. The ruling may decide the takeover battle for Burlington, the largest textile maker.", ""},
		{"short name", "", "Dominion Textile Inc bid for Burlington Industries Inc. A published report said Dominion acquired a stake in Burlington.", ""},
		{"short name", "", "CSR Ltd will sell <Delhi Petroleum Pty Ltd> to Exxon. The float of part of Delhi was dropped.", ""},
		{"short name", "", "Redland Plc holds 49 pct of Monier. The deals need the approval of Monier holders except CSR and Redland.", ""},
		{"short name", "", "Apollo will license the software from Phoenix, <Phoenix Technologies Ltd> said.", ""},
		// Out: the town named with its state, an area word, or after a
		// preposition of place that no holding noun owns.
		{"still a place", "", "In Ashland, Ky., Ashland Oil Inc said it would sell shares.", "Ashland/USA|Kentucky/USA"},
		{"still a place", "", "<Tokyo Sogo Bank Ltd> is the largest savings bank in the Tokyo area.", "Tokyo/JPN"},
		{"still a place", "", "Burlington Industries Inc said it would close a plant in Burlington next year.", "Burlington/CAN"},
		// Out: a firm that a town's name does not open ("Bank of Tokyo
		// Ltd"), and a country or region heading one ("Texas Air Corp").
		{"not a head", "", "Bank of Tokyo Ltd said trading in Tokyo was quiet.", "Tokyo/JPN"},
		{"not a head", "", "Texas Air Corp said it would add flights to Texas and Florida.", "Texas/USA|Florida/USA"},
		// Out: no firm named at all.
		{"no firm", "", "Lawyers in Burlington said the bid was unfair.", "Burlington/CAN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
