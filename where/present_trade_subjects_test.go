package where_test

import "testing"

// TestPresentTradeSubjects checks round 88: a country that opens a clause
// and trades or consumes an amount in the present tense, or that has or
// operates a count of things, is a place measured. Each kept row has
// rows the exclusions must keep out: the plural noun after a country's
// name, sums, times and courses of action.
func TestPresentTradeSubjects(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Present-tense trade with an amount or a share of its own goods.
		{"present trade", "", "Sri Lanka imports all its annual needs of 1.7 mln tonnes.", "Sri Lanka/LKA"},
		{"present trade", "", "Kellogg pointed out that Venezuela now imports all of its BTX aromatics.", "Venezuela/VEN"},
		{"present trade", "", "Colombia currently produces about 360,000 barrels per day of crude.", "Colombia/COL"},
		{"present trade", "", "Mexico currently produces around five mln 60-kilo bags of coffee per year.", "Mexico/MEX"},
		{"present trade", "", "Taiwan imports more than 90 pct of its soybeans from the U.S.", "Taiwan/TWN|United States/USA"},
		{"present trade", "", "Brazil currently consumes 1.1 mln barrels of oil per day.", "Brazil/BRA"},
		// Out: the plural noun after the name, no amount, another verb.
		{"present trade", "", "Japan exports rose 5 pct in March from a year earlier.", ""},
		{"present trade", "", "Brazil imports will account for about 35 pct of the total.", ""},
		{"present trade", "", "Japan exports cars and electronic goods.", ""},
		{"present trade", "", "Brazil imports are expected to fall.", ""},

		// A count of what the country has or operates.
		{"held count", "", "Japan has 23 major local life insurers, none of which is listed.", "Japan/JPN"},
		{"held count", "", "Peru has about 140 non-financial state firms.", "Peru/PER"},
		{"held count", "", "South Korea operates six atomic stations and is building another three.", "South Korea/KOR"},
		// Out: sums, times, parties and a course to take.
		{"held count", "", "Colombia had 11 billion dlrs of public debt.", ""},
		{"held count", "", "Spain has five years to complete the reform of its banks.", ""},
		{"held count", "", "Brazil had two ways to take on the debt.", ""},
		{"held count", "", "Brazil has 700 creditors, the official said.", ""},
		{"held count", "", "Canada's six major banks raised their prime rates.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
