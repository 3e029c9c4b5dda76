package where_test

import "testing"

// TestHeldWithin checks issue 5's ninety-fifth round: a place's
// possessive before a vote held in it, its population, or roads, beaches
// and airports that lie in it is a location ("Following South Carolina's
// primary", "Canada's population increased", "Almost all of Italy's
// airports are affected"). Its delegates, officials, fleet and
// provinces, and a vote's campaign, are not read.
func TestHeldWithin(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"held within", "", "Following South Carolina's primary, Bernie Sanders had the most delegates.", "South Carolina/USA"},
		{"held within", "", "No decisions are likely until after Indonesia's elections on April 23, traders said.", "Indonesia/IDN"},
		{"held within", "", "Canada's population increased 4.2 pct to 25.4 mln between 1981 and 1986.", "Canada/CAN"},
		{"held within", "", "Almost all of Italy's airports are affected by the action.", "Italy/ITA"},
		{"held within", "", "The well lies 39 miles east of Galeota Point on Trinidad's east coast.", "Trinidad and Tobago/TTO"},
		// Out: its people, officials, fleet and divisions, and a noun
		// the vote qualifies.
		{"held within", "", "Biden secured 39 of South Carolina's 54 delegates.", ""},
		{"held within", "", "Iran's officials said the talks would go on.", ""},
		{"held within", "", "Diplomats said Soviet tankers would reinforce Kuwait's 22-tanker fleet.", ""},
		{"held within", "", "The premiers of Canada's eastern provinces urged development.", ""},
		{"held within", "", "Iowa's primary campaign ended on Monday.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
