package where_test

import "testing"

// TestNamesakeChoices checks names resolved to a namesake of the wrong
// place: an older name of a great city, a town placed by the region
// beside it whatever else its sentence names, and words that name small
// towns but in news mean a season or the United Nations.
func TestNamesakeChoices(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// "Canton" is Guangzhou in a story on China, as "Peking" is
		// Beijing; beside Ohio it is still the American town.
		{"older name", "", "The loan financed a railroad from Peking to Canton.", "Beijing/CHN|Guangzhou/CHN"},
		{"older name", "", "The airline will begin service between Washington and Akron/Canton, Ohio.", "Washington, D.C./USA|Akron/USA|Canton/USA|Ohio/USA"},
		// A town placed by its region keeps it, though the sentence names
		// another country.
		{"region beside", "", "The firm, based in Vancouver, British Columbia, said it will pay 4.2 mln U.S. dlrs.", "Vancouver/CAN|British Columbia/CAN"},
		{"region beside", "", "The firm, based in Vancouver, Wash., said it will pay 4.2 mln Canadian dlrs.", "Vancouver/USA|Washington/USA"},
		// A season and the United Nations.
		{"not a town", "", "The first meeting of the group is set for the Spring 1987.", ""},
		{"not a town", "", "Both sides agreed at the U.N. Last year to revive the economy.", ""},
		// Out: the towns beside their regions are no season.
		{"not a town", "", "The plant is in Springfield, Illinois.", "Springfield/USA|Illinois/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
