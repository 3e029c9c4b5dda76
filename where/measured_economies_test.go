package where_test

import "testing"

// TestMeasuredEconomies checks round 93's measured figures: a country
// that has, achieves or targets an economic figure measured on the spot
// owns it; another verb, or a figure another name modifies, stays out.
func TestMeasuredEconomies(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"He said North Korea achieved annual output of 10 mln tonnes of grain.", "North Korea/PRK"},
		{"Garcia said Peru had enjoyed growth in gross domestic product (GDP) last year of nine pct.", "Peru/PER"},
		{"South Africa this year is targeting inflation-adjusted growth in GDP of three pct.", "South Africa/ZAF"},
		// Out.
		{"Japan criticised growth of two pct in the region.", ""},
		{"Canada achieved U.S. output of 10 mln tonnes.", ""},
		{"Mexico said inflation of 100 pct hurt its banks.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "measured economy", "", tt.text, tt.want)
	}
}
