package where_test

import "testing"

// TestBankRates checks issue 5's forty-fourth round, read from the "U.S."
// extras of dev22.tsv to dev31.tsv: a country named bare after a
// preposition before its banks' rates is their modifier, no place. Rows
// it must leave alone keep the country's other figures, its interest
// rates (left for now, see bank_rates.go), a singular rate, its banks as a
// source, and the country itself before the banks.
func TestBankRates(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Drop: the banks' rates are the head.
		{"banks' rates", "", "The increase in U.S. banks' prime rates prompted concern about renewed inflation.", ""},
		{"banks' rates", "", "He viewed this week's rise in U.S. banks' prime rates to 7-3/4 pct as temporary.", ""},
		{"banks' rates", "", "He said last week's increases in U.S. banks' prime lending rates were not connected.", ""},
		{"banks' rates", "", "The cut in Japanese banks' rates surprised no one, and the rise in Canada banks' prime rates did.", ""},
		// Keep: interest rates, a singular rate, the banks as a source,
		// other figures, and the country as a place.
		{"banks' rates", "", "There is little scope for a substantial increase in U.S. interest rates during 1987.", "United States/USA"},
		{"banks' rates", "", "West Germany could not uncouple itself from U.S. interest rate trends.", "United States/USA"},
		{"banks' rates", "", "The company took bad loans from US banks last year.", "United States/USA"},
		{"banks' rates", "", "A 45 pct drop in United States vehicle sales was reported.", "United States/USA"},
		{"banks' rates", "", "Deposits at banks in the U.S. rose, as did prime rates.", "United States/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
