package where_test

import "testing"

// TestEconomyModifiers checks issue 5's twenty-ninth round, read from dev8 and
// dev9: Yugoslavia as the gazetteer's Serbia (not its adjective), a
// country written as the modifier of its economy's aggregate figures,
// more of a country's possessive figures (exchanges, sectors, a figure
// a participle qualifies, a capitalised "Gross Domestic Product"), the
// class of a list after a dash, and a "Town, St.," pair qualifying a
// noun after adjectives or an abbreviation's stop. Each kept row has
// rows the exclusions must keep out.
func TestEconomyModifiers(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"yugoslavia", "", "About 10,000 workers went on strike in eastern Yugoslavia, Tanjug said.", "Serbia/SRB"},
		{"yugoslavia", "", "There was no evidence of winterkill in Yugoslavian winter wheat.", ""},

		// A country modifying its economy's figure stays out, as round
		// 20 settled ("deterioration in the U.S. trade deficit"): dev8's
		// and dev9's annotators kept such figures, a call the earlier
		// conventions (dev3.tsv's header: modifiers are left out) do not
		// make, so annals does not follow it.
		{"modifier figure", "", "It funded a good chunk of the huge U.S. Budget deficit, he said.", ""},
		{"modifier figure", "", "The U.S. trade deficit talks ended without agreement.", ""},

		// Kept: a possessive's exchanges, sector, a figure a participle
		// qualifies, a capitalised aggregate.
		{"own figure", "", "The bonds are traded on India's four major stock exchanges.", "India/IND"},
		{"own figure", "", "The groups seek to enter Japan's international telecommunications sector, an official said.", "Japan/JPN"},
		{"own figure", "", "The analysts noted frustration with Japan's burgeoning trade surplus and its fiscal policies.", "Japan/JPN"},
		{"own figure", "", "Italy's Gross Domestic Product rose 2.4 pct in the fourth quarter.", "Italy/ITA"},
		// Out: a reform's target, a sector qualifying a debt, an act.
		{"own figure", "", "A loan would help rationalise Morocco's public sector, sources said.", ""},
		{"own figure", "", "Talks on Argentina's 30 billion dlr private sector foreign debt were difficult.", ""},
		{"own figure", "", "Brazil's proposed trade plan failed.", ""},

		// Out: the members of a class a plural noun names, before a dash;
		// kept: a gapped row after a semicolon.
		{"members", "", "It could coincide with the summit of the seven major industrial democracies -- the United States, Japan, West Germany and Canada.", ""},
		{"members", "", "Canadian imports rose 3.2 pct to 2.6 mln gallons; Japan, 9.9 pct to 1.2 mln gallons.", "Japan/JPN"},

		// Out: a pair qualifying the noun after it; kept: a pair a cue
		// introduces.
		{"pair modifier", "", "The company said it has closed its Gardena, Calif., plant and leased the facility.", ""},
		{"pair modifier", "", "New output from Phelps Dodge's own expanded Morenci, Ariz., mine will offset the shortfall.", ""},
		{"pair modifier", "", "It closed a plant in Gardena, Calif., last year.", "Gardena/USA|California/USA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
