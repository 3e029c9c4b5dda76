package where_test

import "testing"

// TestGreatCityNames checks issue 5's ninety-first round: a proper noun
// of the second tier that is another name of a great city ("Leningrad")
// is that city after a strong cue when the article places the city's
// country, by a country or by another great city of it. Without such a
// country, or when the name is a person's, it stays out.
func TestGreatCityNames(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// Must find: the country placed by a great city.
		{"great", "", "He served at the U.S. Embassy in Moscow and at the consulate in Leningrad for a year.", "Moscow/RUS|Saint Petersburg/RUS"},
		{"great", "", "Soviet officials met in Moscow. He served as a guard at the U.S. consulate in Leningrad for a year.", "Moscow/RUS|Saint Petersburg/RUS"},
		// Must not find: no country of the city is placed.
		{"great", "", "The talks were held in Leningrad.", ""},
		// Must not find: a person's name ("Sam" is a name of Damascus).
		{"great", "", "The talks were held in Sam, officials said in Damascus.", "Damascus/SYR"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
