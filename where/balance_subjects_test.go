package where_test

import "testing"

// TestBalanceSubjects checks issue 5's forty-sixth round, read from the misses of
// the read Reuters sets: a country opening a clause as the subject of its
// own balance ("ran a trade surplus", "recorded a net outflow"), of its
// production or trade in progress or done ("has been producing 500,000
// bpd", "has sold 918,707 bags"), or ranked in a trade after a verb wire
// copy capitalised ("The U.S. Was the largest supplier"). Rows it must
// keep out: a country acting, a stake sold, a run verb with no balance.
func TestBalanceSubjects(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Find: a balance run or recorded.
		{"balance", "", "South Korea ran a trade surplus of 7.3 billion dlrs with Washington in 1986.", "South Korea/KOR"},
		{"balance", "", "But the U.S. ran up a 23 billion dlr deficit in manufactured goods that year.", "United States/USA"},
		{"balance", "", "FRANKFURT - West Germany recorded a net outflow of 7.53 billion marks.", "Frankfurt am Main/DEU*|Germany/DEU"},
		// Find: production or trade in progress or done, after a phrase
		// of time.
		{"trading", "", "In recent months Iraq has been producing 500,000 bpd above its assigned quota.", "Iraq/IRQ"},
		{"trading", "", "So far this coffee year, Kenya has sold 918,707 bags to all markets.", "Kenya/KEN"},
		{"trading", "", "The newsletter said Libya was producing 850,000 bpd, against its quota.", "Libya/LBY"},
		// Find: a rank in a trade after a capitalised copula.
		{"rank", "", "Figures show this.  The U.S. Was the largest supplier in January with 38,760 tonnes.", "United States/USA"},
		// Keep out: a country acting.
		{"actor", "", "Japan said it would retaliate.", ""},
		{"actor", "", "Britain imposed tariffs on the goods.", ""},
		{"actor", "", "The U.S. imposed tariffs on Japanese goods.", ""},
		{"actor", "", "But the U.S. ran a campaign against the tariffs.", ""},
		{"actor", "", "He said Britain has sold arms to the rebels.", ""},
		// Keep out: a stake, not goods.
		{"deal", "", "The company announced last week that Iran was selling its 25.2 pct holding in the company.", ""},
		// Keep out: a subject no clause opens.
		{"opener", "", "Officials in Seoul think South Korea ran a trade surplus of 7.3 billion dlrs.", "Seoul/KOR"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
