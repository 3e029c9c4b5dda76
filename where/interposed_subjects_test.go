package where_test

import "testing"

// TestInterposedSubjects checks round 90: a country that opens a clause
// is read through an abbreviation in brackets, a relative clause or a
// reporting clause set off by commas to the verb that makes the bare
// subject a place, and a country that "which" takes as its subject is
// read by the verb after "which". Each kept row has rows that must stay
// out: the interposed clause's own verb deciding, a verb of a party, no
// clause opening, and an unclosed interposition.
func TestInterposedSubjects(t *testing.T) {
	tests := []struct {
		title, text string
		want        string // places, "|"-separated
	}{
		// Through brackets, a relative clause and a reporting clause.
		{"", "The United Arab Emirates (UAE) recorded a 1986 trade surplus of 12.2 billion dirhams.", "United Arab Emirates/ARE"},
		{"", "Nigeria, which has had problems selling its full 1.238 mln bpd entitlement, increased its output to 1.2 mln bpd, it added.", "Nigeria/NGA"},
		{"", "Brazil, which suspended interest payments in February, exported 1.2 mln tonnes of soybeans last year.", "Brazil/BRA"},
		{"", "He said Argentina, the official said, will export 3.5 mln tonnes of wheat this season.", "Argentina/ARG"},
		// After "which".
		{"", "The surplus will trigger pressure from the United States which recorded a 7.4 billion dlr trade deficit with Seoul last year.", "United States/USA"},
		{"", "Officials were pleased with Thailand, which exported 4.5 mln tonnes of rice last year.", "Thailand/THA"},
		{"", "Brazil, which exported 1.2 mln tonnes of soybeans last year, suspended interest payments in February.", "Brazil/BRA"},
		// Out: the verbs of a party, the interposed clause alone, no
		// opening, an interposition left open.
		{"", "Brazil, which suspended interest payments in February, asked its creditors for new loans.", ""},
		{"", "Peru, which has a foreign debt of 14 billion dlrs, said it would limit its payments.", ""},
		{"", "The bank lent Colombia, which needs funds for its power sector, 300 mln dlrs.", ""},
		{"", "Mexico, which is the largest debtor after Brazil, asked its banks for new loans.", ""},
		{"", "Talks with Japan (which imports 12 mln tonnes) will resume.", ""},
		{"", "Canada, which has been a member of the group since it was formed by the seven largest industrial nations in 1975 after the oil crisis, exported 20 mln tonnes.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "interposed subject", tt.title, tt.text, tt.want)
	}
}

// TestSupplierFormsRound90 checks round 90's forms of the supplier
// words: "pumped" and "pumps" as supplyVerbs, "supply" and "pump" after
// a modal or a forecast as tradeVerbs, and "destination" as a rank in a
// trade; and rows that must stay out (no amount, a buyer, a party's
// act).
func TestSupplierFormsRound90(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Ecuador pumped 245,000 to 250,000 bpd before the earthquake.", "Ecuador/ECU"},
		{"Australia is expected to supply 550,000 tonnes this year.", "Australia/AUS"},
		{"Venezuela will pump 1.5 mln bpd in the second quarter.", "Venezuela/VEN"},
		{"Sri Lanka was the most active wheat destination with purchases of 52,500 tonnes.", "Sri Lanka/LKA"},
		// Out.
		{"Ecuador pumped money into its banks.", ""},
		{"Australia is expected to supply details of the plan.", ""},
		{"Mexico was the dominant buyer in the week.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "supplier forms", "", tt.text, tt.want)
	}
}
