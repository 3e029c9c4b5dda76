package where_test

import "testing"

// TestSubordinateSubjects checks issue 5's ninety-sixth round: a country
// that is the subject of a subordinate clause, or of a clause after an
// opening phrase of time, is read by the subject rules as after "said";
// a country that relies on its own trade or earns an amount is the place
// measured. The negative rows must stay out.
func TestSubordinateSubjects(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"subordinate", "", "Garcia said his government had been a model because Peru had enjoyed growth in gross domestic product (GDP) last year of nine pct.", "Peru/PER"},
		{"subordinate", "", "Prices fell although Brazil exported 1.2 mln bags in March.", "Brazil/BRA"},
		{"subordinate", "", "He said Brazil exported 1.2 mln bags in March.", "Brazil/BRA"},
		{"subordinate", "", "Prices fell though Brazil exported 1.2 mln bags in March.", "Brazil/BRA"},
		{"subordinate", "", "Prices fell, although Brazil exported 1.2 mln bags in March.", "Brazil/BRA"},
		{"subordinate", "", "During the plan North Korea achieved annual output of 10 mln tonnes of grain.", "North Korea/PRK"},
		{"subordinate", "", "During the seven-year plan North Korea achieved annual output of 10 mln tonnes of grain.", "North Korea/PRK"},
		{"subordinate", "", "Prices fell because Brazil exported 1.2 mln bags in March.", "Brazil/BRA"},
		{"subordinate", "", "During the previous plan North Korea achieved annual output of 10 mln tonnes of grain.", "North Korea/PRK"},
		{"subordinate", "", "North Korea achieved annual output of 10 mln tonnes of grain.", "North Korea/PRK"},
		// Out: a condition, "while" between parties, a verb of acting, a
		// phrase of time with a capital in it, a preposition the cue
		// rules read.
		{"subordinate", "", "He said that if Indonesia spurs its economic growth too much, prices will rise.", ""},
		{"subordinate", "", "Japan agreed to stimulate demand, while America said it would reduce its federal budget deficit.", ""},
		{"subordinate", "", "Talks stalled because Brazil suspended interest payments.", ""},
		{"subordinate", "", "During the talks the delegates from Peru left early.", ""},
		{"subordinate", "", "During the Tokyo talks Japan achieved annual output of 10 mln tonnes.", ""},

		{"reliance", "", "Poehl said West Germany relied on exports for about one-third of its gross national product.", "Germany/DEU"},
		{"reliance", "", "Japan depends on imports for more than 90 pct of its aluminium demand, they said.", "Japan/JPN"},
		{"reliance", "", "The Philippines earned 488 mln dlrs from coconut products in 1986.", "Philippines/PHL"},
		// Out: reliance on a party, earnings of a firm, no amount earned.
		// The land that relies stays out; the country relied on for food
		// is where the goods come from, kept as dev15.tsv's header keeps
		// it (round 97, supply_sources.go).
		{"reliance", "", "Botswana would be forced to rely on South Africa for most of its food supplies.", "South Africa/ZAF"},
		{"reliance", "", "Japan relied on diplomacy for years.", ""},
		{"reliance", "", "Brazil earned praise from its creditors.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
