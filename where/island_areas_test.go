package where_test

import "testing"

// TestIslandAreas checks issue 5's round 89, read from the Wikinews read
// sets' misses: after a strong cue, an island or a peninsula the
// gazetteer lacks, named by its head word, is a region of the country
// beside it or of the article's. The rows after each group's first must
// not change: a known name, a slip for one, a name that qualifies a
// noun, the leg of a voyage, a cay, a point, a shortened territory.
func TestIslandAreas(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		// An island or a peninsula, in the article's country or the one
		// beside it.
		{"island", "Sharks have left South Africa. In 18 years of working at Seal Island, we had never seen them.", "South Africa/ZAF|Seal Island/ZAF"},
		{"island", "A boat fire near Santa Cruz Island off the coast of California, United States, killed 33.", "California/USA|United States/USA|Santa Cruz Island/USA"},
		{"island", "The deposit, located on the eastern half of Misima Island off the southeastern coast of Papua New Guinea, is rich.", "Papua New Guinea/PNG|Misima Island/PNG"},
		{"island", "It won a contract from a water utility in Grand Canary Island, Spain.", "Spain/ESP|Grand Canary Island/ESP"},
		{"peninsula", "A warning was issued for the coast between Niigata Prefecture, northwest of Tokyo, and Noto Peninsula, to the west.", "Niigata Prefecture/JPN|Tokyo/JPN|Noto Peninsula/JPN"},
		{"peninsula", "It holds a property located at the Baie Verte Peninsula, Newfoundland.", "Newfoundland and Labrador/CAN|Baie Verte Peninsula/CAN"},
		// Out: a known island, a slip for a known name, a modifier, a
		// longer name, a voyage's leg, a cay, a point, a date, a
		// territory named short.
		{"known", "He lives on Long Island, New York.", "Long Island/USA|New York/USA"},
		{"slip", "The airline will fly to Tahiti, with connecting services to American Samoa, New Zealand and Cooke Islands.", "French Polynesia/PYF|American Samoa/ASM|New Zealand/NZL|Cook Islands/COK"},
		{"modifier", "Placer said work at the Misima Island deposit in Papua New Guinea began.", "Papua New Guinea/PNG"},
		{"longer name", "He told a court in the Channel Island of Jersey that he had paid.", ""},
		{"leg", "The Liberian vessel was concluding a trip from Seven Islands to Hamburg.", "Hamburg/DEU"},
		{"cay", "Homes in Elbow Cay were flattened, officials in the Bahamas said.", "Bahamas/BHS"},
		{"point", "Penguins breed at Punta Tombo in Argentina.", "Argentina/ARG"},
		{"territory", "It serves families in the United States, Puerto Rico and the Virgin Islands.", "United States/USA|Puerto Rico/PRI"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
