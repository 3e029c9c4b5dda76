package where_test

import "testing"

// TestWhereRelatives checks that a name a relative "where" follows is a
// place, and that an interrogative "where", a name inside a longer one,
// and an acting country with no "where" stay out.
func TestWhereRelatives(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"comma", "The damage was a severe economic blow to Ecuador, where oil accounts for two-thirds of exports.", "Ecuador/ECU"},
		{"article", "It was a blow to the Philippines, where production costs ranged from 12 to 14 cents.", "Philippines/PHL"},
		{"no comma", "Dealers said all eyes were turned to Washington where finance ministers will meet tomorrow.", "Washington, D.C./USA"},
		{"after a verb, comma", "Officials cited Japan, where prices were lower in May.", "Japan/JPN"},
		{"weak cue", "Prices were uneconomical for the Philippines, where production costs ranged from 12 to 14 cents.", "Philippines/PHL"},
		{"weak cue, no article", "Visa is designing a card for China, where credit cards are accepted.", "China/CHN"},
		{"region", "The firm changed its bylaws after changes in the law of New Jersey, where it is incorporated.", "New Jersey/USA"},
		{"interrogative after a verb", "Officials asked Brazil where it stood on the quota.", ""},
		{"where to", "The agency told Peru, where to ship the wheat.", ""},
		{"inside a longer name", "The platform will stand in the Gulf of Mexico, where Mobil owns a stake.", ""},
		{"acting", "Officials said Brazil suspended interest payments.", ""},
		{"lending", "Banks said loans to Brazil would be rescheduled.", ""},
		{"weak cue, no where", "Officials said the sanctions on Brazil would stay.", ""},
		{"cabinet", "Officials said Japan's cabinet approved the plan.", ""},
		{"which", "Officials said Brazil, which suspended payments, would talk.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
