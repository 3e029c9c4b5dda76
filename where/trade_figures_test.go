package where_test

import "testing"

// TestTradeFigures checks that a country's foreign debt and export
// earnings, measured, make it a place, while a debt negotiated or one
// without "foreign" stays the actor's.
func TestTradeFigures(t *testing.T) {
	tests := []struct {
		rule, text, want string
	}{
		{"debt", "Peru's total foreign debt stood at 14.46 billion dlrs.", "Peru/PER"},
		{"debt", "Toure said Senegal's global foreign debt excluding short-term debt was 2.5 billion dlrs.", "Senegal/SEN"},
		{"debt", "Uganda's total foreign debt is estimated at some 1.2 billion dlrs.", "Uganda/UGA"},
		{"earnings", "The crop accounts for over 90 pct of Uganda's export earnings.", "Uganda/UGA"},
		{"earnings", "Colombia's coffee export registrations remain open.", "Colombia/COL"},
		{"no foreign", "Banks resisted Brazil's debt stance.", ""},
		{"no foreign", "Mexico's new debt package last October marked a change.", ""},
		{"heads", "He criticised Peru's hard-line foreign debt stance.", ""},
		{"dealt", "A commission will be responsible for renegotiating Brazil's 109 billion dollar foreign debt.", ""},
		{"dealt", "He welcomed the rescheduling of the Philippines' 10.3 billion dlr foreign debt.", ""},
		{"dealt", "Bankers sought support for a refinancing of part of Nigeria's 19 billion dlr foreign debt.", ""},
		{"dealt", "The government suspended interest payments on part of Brazil's foreign debt.", ""},
		{"dealt", "The accord extends a moratorium on most repayments of 13 billion dlrs of South Africa's short term foreign debt.", ""},
		{"dealt", "He backs more flexible repayment terms for Argentina's 51 billion dlr foreign debt.", ""},
		{"dealt", "He led negotiations with creditors over Brazil's 109 billion dlr foreign debt.", ""},
		{"held", "These creditors hold two-thirds of Ecuador's foreign debt which totals 8.16 billion dlrs.", "Ecuador/ECU"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
