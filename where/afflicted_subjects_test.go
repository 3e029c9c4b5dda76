package where_test

import "testing"

// TestAfflictedSubjects checks that a country opening a clause as what
// strikes, weather or a slump afflict, in the passive with "by", is a
// place, and that a country acting, negated, or not the clause's
// subject stays out.
func TestAfflictedSubjects(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"being affected", "Officials said Spain is being affected by a wave of strikes.", "Spain/ESP"},
		{"swept", "Analysts said Yugoslavia was swept by strikes last month.", "Serbia/SRB"},
		{"adverb and gap", "Analysts said West Germany was affected more than before by exchange rates.", "Germany/DEU"},
		{"badly hit", "Indonesia was badly hit by the plunge in crude prices, he said.", "Indonesia/IDN"},
		{"has been hit", "Officials said the Philippines has been hit by heavy rain.", "Philippines/PHL"},
		{"acting country", "Officials said Brazil suspended interest payments.", ""},
		{"active verb", "Officials said Japan hit back at the tariffs.", ""},
		{"negated", "Officials said Japan was not affected by the decision.", ""},
		{"no agent", "Officials said Japan was hit hard.", ""},
		{"not the subject", "Analysts said sales to Spain were affected by the strikes.", ""},
		{"possessor", "Officials said Japan's cabinet was hit by a scandal.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
