package where_test

import (
	"testing"
)

// TestSmallNamesakes checks issue 5's twenty-third-round rules, drawn from a
// gold-free look at the city mentions of Reuters wire copy that annals
// placed at a smaller namesake, each with rows it must keep out.
func TestSmallNamesakes(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A country the article names does not pull a town of under
		// 100,000 dwarfed by a city of the same name elsewhere.
		{"dwarfed", "", "The United States said OPEC output is above the ceiling agreed in Geneva last December.", "Genève/CHE"},
		{"dwarfed", "", "Protests spread from Beirut to Tripoli.", "Beirut/LBN|Tripoli/LBN"},
		{"dwarfed", "", "Fares from New York, Boston and Chicago to Britain fell.", "New York City/USA|Boston/USA|Chicago/USA|United Kingdom/GBR"},
		{"dwarfed", "", "The plant is in London, Ontario, the Canadian firm said.", "London/CAN|Ontario/CAN"},
		{"dwarfed", "", "The firm of Geneva, N.Y., makes valves.", "Geneva/USA|New York/USA"},
		{"dwarfed", "", "The Spanish port of Cadiz was shut, and strikers marched in Spain.", "Cadiz/ESP|Spain/ESP"},
		// A region the sentence places things in ties a namesake abroad.
		{"region", "", "Flights will serve Columbus, Ohio, Daytona Beach, Melbourne and Sarasota, all in Florida.", "Columbus/USA|Ohio/USA|Florida/USA|Daytona Beach/USA|Melbourne/USA|Sarasota/USA"},
		{"region", "", "Flights will fly to Orlando, Melbourne and Sarasota, all in Florida.", "Orlando/USA|Melbourne/USA|Sarasota/USA|Florida/USA"},
		{"region", "", "He was in Indiana to visit farms before talks with officials in Washington.", "Indiana/USA|Washington, D.C./USA"},
		{"region", "", "The firm moved from Houston, Texas, to Melbourne.", "Houston/USA|Texas/USA|Melbourne/AUS"},
		// A small town's name before "party" names the party.
		{"party", "", "The coalition between the Liberal and National parties in Australia was strained.", "Australia/AUS"},
		{"party", "", "The plant in Liberal, Kansas, was closed.", "Liberal/USA|Kansas/USA"},
		{"party", "", "Strikes spread in Moscow, party officials in Moscow said.", "Moscow/RUS"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
