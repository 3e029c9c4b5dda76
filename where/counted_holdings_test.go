package where_test

import "testing"

// TestCountedHoldings checks that a country's possessive before a count
// of the plural things it holds is a place, and that a count of its
// counterparts, a sum of money, a year, a ranking, and a possessive
// with no count stay out.
func TestCountedHoldings(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"workers", "Union leaders said most of Brazil's 40,000 seamen were still on strike.", "Brazil/BRA"},
		{"scaled count", "The minority has strong links with India's 50 mln Tamils.", "India/IND"},
		{"qualified plural", "The daily said 88 of Yugoslavia's 174 commercial banks had used the credits.", "Serbia/SRB"},
		{"count in words", "Officials said Bahrain's nineteen commercial banks have been instructed to report.", "Bahrain/BHR"},
		{"lead word", "Veterinarians supervised the slaughter of Haiti's estimated 1,200,000 pigs last year.", "Haiti/HTI"},
		{"counterparts", "Officials said some of Brazil's 700 creditors had filed lawsuits.", ""},
		{"donors", "Officials said the Philippines' 12 bilateral aid donors would contribute.", ""},
		{"body", "Officials said Britain's four farm unions backed the plan.", ""},
		{"state's firms", "Officials said Indonesia's 215 state-run companies could be sold.", ""},
		{"sum of money", "Officials said Mexico's 7.7 billion dlr loan package would be signed.", ""},
		{"year", "Officials said Japan's 1987/88 budget has been delayed.", ""},
		{"superlative", "Officials said Austria's two largest banks had sold marks.", ""},
		{"ranking", "Officials said Canada's six major banks are also expected to join.", ""},
		{"plural qualifies", "Officials said Mexico's two bank loans would be signed.", ""},
		{"no count", "Officials said Japan's cabinet approved the plan.", ""},
		{"modifier", "U.S. officials said 12 banks would join.", ""},
		{"people", "Officials said Sri Lanka's 2.6 mln Tamils live in the north.", "Sri Lanka/LKA"},
		{"act", "Officials said Brazil's suspension of payments would last.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
