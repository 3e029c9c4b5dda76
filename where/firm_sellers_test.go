package where_test

import "testing"

// TestFirmSellers checks round 97: goods a firm sells to a country go
// into it, while the buyer a country trades with stays out.
func TestFirmSellers(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"It was previously reported that Toshiba Machine sold four large milling machines to the Soviet Union in late 1983.", "Russia/RUS"},
		{"Kongsberg Vaapenfabrikk sold computer equipment to the Soviet Union.", "Russia/RUS"},
		// Out: a country or its capital selling to another.
		{"Finland exports finished products to the USSR.", ""},
		{"Finland exports finished products to Sweden, with crude oil accounting for 80 pct of imports.", ""},
		{"He said the Soviet Union sells finished goods to Finland.", ""},
		// Out: a firm selling a holding.
		{"The group said it sold its stake to Japan's Nomura for 20 mln dlrs.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "firm sellers", "", tt.text, tt.want)
	}
}
