package where_test

import "testing"

// TestPortTowns checks issue 5's ninety-first round: "of" after a port
// or harbour noun names towns, whatever follows the list, and a demonym
// before "the port of" or "the town of" places a small town of the second
// tier in its country. A capitalised port noun opens a firm's name, and a
// country named only by an adjective elsewhere places no small town that
// no cue introduces.
func TestPortTowns(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: the towns after a plural port noun, with a capital
		// among them or a noun after the list.
		{"ports", "", "A Ministry of Finance spokesman said officials at the ports of Tokyo, Osaka, Yokohama and Kobe had begun barring counterfeit footwear.", "Tokyo/JPN|Osaka/JPN|Yokohama/JPN|Kobe/JPN"},
		{"ports", "", "Tug crews are preventing the movement of vessels in and out of the ports of Sydney, Melbourne and Fremantle, shipping sources said.", "Sydney/AUS|Melbourne/AUS"},
		{"ports", "", "Ships were held in the harbour of Piraeus, agents said.", "Piraeus/GRC"},
		// Must keep: the singular, found before.
		{"ports", "", "Ships were delayed at the port of Sydney, shipping sources said.", "Sydney/AUS"},
		// Must not find: a capitalised port noun opens a firm's name.
		{"ports", "", "The Ports of Auckland said profits rose.", ""},
		// Must find: the demonym places the small town.
		{"demonym", "", "The ferry capsized off the Belgian port of Zeebrugge, a spokesman said.", "Zeebrugge/BEL"},
		// Must not find: the adjective qualifies something else and no cue
		// stands before the town. (With a strong cue, "sailed from
		// Zeebrugge", adjective_towns.go admits the town: round 87.)
		{"demonym", "", "A Belgian ferry left Zeebrugge on Friday.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
