package where_test

import "testing"

// TestRankedProducers checks issue 5's thirty-second round, read from dev12 and
// dev13: the places a ranking puts first ("the third largest after Japan
// and Canada"), the lands an economic figure's or a port's "of" names,
// more of a country's possessive works and conditions, and the
// exclusions: a country written as the modifier of a noun further on
// ("to U.S. fleet movements", "U.S. and European capital markets"), the
// members a group of nations lists, and a country's possessive of a
// firm's name. Each kept row has rows the exclusions must keep out.
func TestRankedProducers(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A ranking's "after" names the places ranked first.
		{"rank after", "", "Brazil is now the second biggest exporter of orange juice after Mexico, traders said.", "Mexico/MEX"},
		{"rank after", "", "Its reserves are the fourth largest, after Japan and Switzerland.", "Japan/JPN|Switzerland/CHE"},
		// Out: a time clause, a possessive, no ranking word.
		{"rank after", "", "Shares fell to their second lowest level after Japan announced new curbs.", ""},
		{"rank after", "", "The Greek fleet, the largest after Panama's, will not shrink.", ""},
		{"rank after", "", "Talks resumed after Canada returned to the table.", ""},

		// A figure's or a port's "of" names the land measured.
		{"figure of", "", "The report said the surpluses of Chile and Peru narrowed in 1986.", "Chile/CHL|Peru/PER"},
		{"figure of", "", "Customs officers at the ports of Bremen and Hamburg checked every container.", "Bremen/DEU|Hamburg/DEU"},
		{"figure of", "", "The GDPs of Kenya and Ghana barely grew last year.", "Kenya/KEN|Ghana/GHA"},
		// Out: capitals standing for governments, a possessive, a modifier.
		{"figure of", "", "The aim is to cut the trade surpluses of Tokyo and Bonn, officials said.", ""},
		{"figure of", "", "It said the growth rate of Chile's debt service was worrying.", ""},

		// A country's possessive works and conditions.
		{"own works", "", "The firm operates Ghana's largest gold mine, the company said.", "Ghana/GHA"},
		{"own works", "", "Traders said worry over Colombia's export availability lifted prices.", "Colombia/COL"},
		{"own works", "", "Ecuador's political crisis deepened on Tuesday.", "Ecuador/ECU"},
		{"own works", "", "Prices rose with the approach of Argentina's frost season.", "Argentina/ARG"},

		// A country modifying a noun further on is no place.
		{"modifier chain", "", "Referring to U.S. fleet movements, the minister said the navy was ready.", ""},
		{"modifier chain", "", "The bank wants better access to U.S. and European capital markets.", ""},
		{"modifier chain", "", "The tankers may move to U.S. or Soviet registration.", ""},
		{"modifier chain", "", "There will be no change in U.S. agricultural policy this year.", ""},
		// Out: a time after the place, a list of two sources, a fronted
		// place before its clause's subject.
		{"modifier chain", "", "The trees were planted in Malaysia several years ago.", "Malaysia/MYS"},
		{"modifier chain", "", "Tests found caesium in tea from Azerbaijan and Ukrainian hazelnuts.", "Azerbaijan/AZE"},
		{"modifier chain", "", "He said that in Japan major efforts remained necessary.", "Japan/JPN"},

		// A group of nations' members.
		{"group members", "", "Markets ignored the Group of Seven -- the United States, Japan, West Germany, France, Britain, Italy and Canada.", ""},
		{"group members", "", "The Group of Five, comprising the U.S., Japan, West Germany, France and the U.K., meets today.", ""},
		{"group members", "", "Ministers of the Group of Seven met in Paris.", "Paris/FRA"},

		// A country's possessive of a firm's name is an affiliation.
		{"owned firm", "", "Rada Corp sold its shares to Australia's <Amcor Ltd> on Monday.", ""},
		{"owned firm", "", "Talks may lead to Britain's Redland Plc making an offer.", ""},
		{"owned firm", "", "The aid came from Japan's Overseas Economic Cooperation Fund.", ""},
		{"owned firm", "", "The plant is in Canada's Yukon territory, the company said.", "Canada/CAN|Yukon/CAN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
