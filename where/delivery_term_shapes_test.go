package where_test

import "testing"

// TestDeliveryTermShapes checks round 67's delivery terms written in
// capitals, with "basis" after them, or as the metal market's "in
// warehouse", with rows the rules must keep out.
func TestDeliveryTermShapes(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		{"capitals", "Offered prices in U.S. Dlrs per tonne FOB basis Bangkok.", "Bangkok/THA"},
		{"capitals", "Steer carcasses were quoted FOB Omaha, up one dlr.", "Omaha/USA"},
		{"capitals", "Barley sold for May shipment at 95.00 dlrs per tonne FOB Vancouver, trade sources said.", "Vancouver/CAN"},
		{"warehouse", "Cash metal traded at 4,200 stg per tonne for high grade metal in warehouse Rotterdam.", "Rotterdam/NLD"},
		// "basis" alone is a futures month or a quote unevenly annotated;
		// a warehouse not after "in" names no port.
		{"lead", "Prices rose 1.25 dlrs a tonne basis April, traders said.", ""},
		{"lead", "Wheat traded at 117 stg basis Liverpool, dealers said.", ""},
		{"lead", "Goods left the warehouse Tuesday, he said.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
