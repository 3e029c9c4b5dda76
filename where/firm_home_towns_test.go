package where_test

import "testing"

// TestFirmHomeTowns checks issue 5's fortieth round, read from company and
// market news: a firm's home town written as the modifier of its name or
// description ("-based", "the City, St., ... company"), a state whose law
// governs something, a firm's seat after its bracketed name ("<Woodco
// Inc> of Houston, Tex."), nouns of a place's people and firms ("Texas
// oilman"), and the state abbreviations that are also words ("Elkhart,
// Ind.", "Wilmington, Del."). Each dropping rule has rows it must keep.
func TestFirmHomeTowns(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// "City, St.-based": a modifier of the firm.
		{"based", "", "The company agreed to sell the fund 5.1 pct of Hartford, Conn.-based United when approval comes.", ""},
		{"based", "", "IBM acquired Rolm, a Santa Clara, Calif.-based maker of telephone switchboards.", ""},
		{"based", "", "A spokesman for Akron, Ohio-based Gencorp declined comment.", ""},
		// Out: a place before another's "-based" modifier stays.
		{"based", "", "Inflation will rise, especially in the U.S., Hamburg-based Vereins- und Westbank AG said.", "United States/USA"},
		{"based", "", "The company will open a plant in Hartford, Conn., next year.", "Hartford/USA|Connecticut/USA"},

		// "the City, St., ... company": a description of the firm.
		{"the firm", "", "The FTC charged the Glenview, Ill., food and consumer products company with false claims.", ""},
		{"the firm", "", "They may pursue a merger of the Edison, N.J. electronics retailer.", ""},
		{"the firm", "", "Analysts discussed a buyout of the Cupertino, Calif., company.", ""},
		// Out: a pair that no firm noun follows.
		{"the firm", "", "Sales rose in the Houston, Texas, area last year.", "Houston/USA|Texas/USA"},

		// "X law": the law's state.
		{"law", "", "Holders sought appraisal rights under Delaware law last year.", ""},
		{"law", "", "The payment is a fraudulent conveyance under New York law.", ""},
		// Out: "lawmakers" is no law, and "in" a state is a place.
		{"law", "", "The company filed suit in Delaware on Monday.", "Delaware/USA"},

		// A bracketed firm's seat after "of".
		{"firm of", "", "It sold the technology to <Woodco Inc> of Houston, Tex. for 200,000 dlrs.", ""},
		{"firm of", "", "It acquired <Systems 4 Inc> of Durango, Colo., for 1.7 mln dlrs.", ""},
		// Out: a bracketed firm "in" a place is there.
		{"firm of", "", "It acquired <Systems 4 Inc> in Durango, Colo., for 1.7 mln dlrs.", "Durango/USA|Colorado/USA"},

		// A place's people, papers and plants.
		{"modifiee", "", "An effort by Texas oilman T. Boone Pickens to take over the firm failed.", ""},
		{"modifiee", "", "The service has been available to Ontario residents since last year.", ""},
		{"modifiee", "", "Press reports in Minneapolis newspapers quoted legislators.", ""},
		// Out: the same place as where something happens.
		{"modifiee", "", "Residents in Ontario were surveyed.", "Ontario/CAN"},

		// State abbreviations that are also words.
		{"abbrev", "", "CTS Corp, based in Elkhart, Ind. said it would appeal.", "Elkhart/USA|Indiana/USA"},
		{"abbrev", "", "It filed suit in U.S. District Court in Wilmington, Del., charging a takeover bid.", "Wilmington/USA|Delaware/USA"},
		{"abbrev", "", "The terminals are in Seattle and Portland, Ore.", "Seattle/USA|Portland/USA|Oregon/USA"},
		{"abbrev", "", "It bought a plant in Meridian, Miss. for cash.", "Meridian/USA|Mississippi/USA"},
		// Out: the words themselves, away from a town.
		{"abbrev", "", "Del Monte Corp said Miss Smith would wash the Ore Carrier.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
