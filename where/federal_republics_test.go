package where_test

import "testing"

// TestFederalRepublics checks issue 5's sixty-fifth round, read from the
// read sets' misses: a republic of a federation, named by "republic of"
// after the federation's adjective or possessive or a compass word, is a
// place; a state's own name ("the People's Republic of China" as a
// name, "the Islamic republic of Iran") is not made one by the rule.
func TestFederalRepublics(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: the federation's adjective before "republic".
		{"adjective", "", "The situation was particularly bad in the Central Asian republic of Kazakhstan, which has been criticised.", "Kazakhstan/KAZ"},
		{"adjective", "", "Power plants in the Yugoslav republic of Serbia issued the bonds to raise funds.", "Serbia/SRB"},
		{"adjective", "", "Floods caused damage in the southern Soviet republic of Georgia earlier this year.", "Georgia/GEO"},
		// Must find: a compass word before "republic".
		{"compass", "", "Most of the strikes were in the northern republic of Croatia.", "Croatia/HRV"},
		// Must find: the federation's possessive before "Republic".
		{"possessive", "", "The loan will help small industries, primarily in Yugoslavia's Republic of Slovenia.", "Serbia/SRB|Slovenia/SVN"},
		// Must drop: a republic that is no federation's part, and a
		// possessive that is no federation's.
		{"state", "", "Officials of the Islamic republic of Iran denied the report on Monday.", ""},
		{"state", "", "Officials of the People's Republic of Mongolia denied the report on Monday.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
