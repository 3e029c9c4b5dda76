package where_test

import "testing"

// TestDottedStateAbbrevs checks that a province written in dotted
// capital initials after a town it holds is read as that province, and
// that initials after a name the area does not hold, or standing alone,
// are not.
func TestDottedStateAbbrevs(t *testing.T) {
	tg := newTagger(t)
	tests := []struct {
		rule, text, want string
	}{
		{"town and province", "The company owns a mine at Kimberley, B.C. It plans to expand it.", "Kimberley/CAN|British Columbia/CAN"},
		{"town and province", "It bought a pulp mill at Castlegar, B.C. last year.", "Castlegar/CAN|British Columbia/CAN"},
		{"town and province", "The firm is based in Vancouver, B.C., the company said.", "Vancouver/CAN|British Columbia/CAN"},
		// A town the province does not hold, a person's degree and
		// initials with no town are left out.
		{"other town", "He met the minister in Ottawa, B.C. Hydro said.", "Ottawa/CAN"},
		{"degree", "The report was written by John Smith, M.D., of the clinic.", ""},
		{"no town", "The first settlers came around 500 B.C. to the valley.", ""},
		// Before a noun the pair qualifies it, as "Mo." does.
		{"qualifier", "Workers struck at its Trail smelter and Kimberley, B.C. lead-zinc mine.", ""},
	}
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
