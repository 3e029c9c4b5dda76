package where_test

import "testing"

// TestTradeSubjects checks issue 5's thirty-first round, read from dev10 and
// dev11 (its draft's Soviet Union and Czechoslovakia, as Russia and the
// Czech Republic, were left out by the lead: the actor layer codes the
// Soviet Union SUN, and a place coded RUS tipped articles' focus
// country): a country that produces or trades an amount, a
// breakdown of countries' amounts with the comparison in brackets, more
// of a country's possessive figures, a list of words narrowing one area,
// and the exclusions that keep parties out (favours "to"
// a party, a contract "from" one, a country's sale "to" another, the
// parties a request is addressed to, "part of" a possessor's plan). Each
// kept row has rows the exclusions must keep out.
func TestTradeSubjects(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{

		// Favours, initiatives and ties go to a party.
		{"favour to", "", "The Reagan administration opposes export subsidies to Egypt, an aide said.", ""},
		{"favour to", "", "It has been held up by concerns prompted by India's closeness to Iran.", ""},
		{"favour to", "", "He had no information on the banks' response to the Philippines' revised proposal.", ""},
		// A contract "from" a party is awarded by it; goods "from" a
		// place come from there.
		{"contract from", "", "Its subsidiary has received a contract valued at about eight mln dlrs from Algeria to supply services.", ""},
		{"contract from", "", "Hungary gets 90 pct of its crude oil from Iraq.", "Iraq/IRQ"},
		// A country's sale to another is trade between parties, unless
		// an amount measures the flow.
		{"country sells", "", "Finland exports finished products to Sweden, with crude oil accounting for 80 pct of imports.", ""},
		{"country sells", "", "A breakdown showed Peru exported 296.4 tonnes of bismuth to the U.S. During Jan/May.", "Peru/PER|United States/USA"},
		{"country sells", "", "If restrictions were imposed on European exports of textiles to the U.S., the Community would retaliate.", "United States/USA"},
		// The parties a request is addressed to.
		{"asked including", "", "Kuwait has asked at least four countries, including the U.S., France, Britain and China, for the use of their flags.", ""},
		{"asked including", "", "The virus spread to several countries, including Italy and Spain.", "Italy/ITA|Spain/ESP"},
		// "part of" a possessor's plan or debt; "part of" a land's region.
		{"part of possessor", "", "The rescheduling is part of Iraq's continuing effort to defer payments.", ""},
		{"part of possessor", "", "Leonov performed the first spacewalk as part of Russia's Soyuz mission.", ""},
		{"part of possessor", "", "Heavy rains fell over part of Pakistan's Punjab, officials said.", "Pakistan/PAK|Punjab/PAK"},

		// A country producing or trading an amount is the place measured.
		{"trade subject", "", "He said Indonesia is expected to export a substantial amount of coffee this month.", "Indonesia/IDN"},
		{"trade subject", "", "Pakistan is likely to produce a record 7.6 mln bales of cotton, the minister said.", "Pakistan/PAK"},
		{"trade subject", "", "He added, \"Uruguay is not going to export 70,000 tonnes of soybeans this year.\"", "Uruguay/URY"},
		{"trade subject", "", "Taiwan bought some 36,000 tonnes of soybean last year.", "Taiwan/TWN"},
		{"trade subject", "", "Harahap said Indonesia would maintain its exports, traders said.", "Indonesia/IDN"},
		// Out: a need, an act with no amount, an object's country.
		{"trade subject", "", "Officials have said Bangladesh must import nearly two mln tonnes of grain annually.", ""},
		{"trade subject", "", "Japan will buy more U.S. goods, the official said.", ""},
		{"trade subject", "", "Brazil would maintain its debt moratorium, he said.", ""},

		// A breakdown's items: the amount, then the comparison in brackets.
		{"compared figure", "", "The principal destinations were, in tonnes: Holland 2,444,260 (2,234,049), Belgium 546,423 (595,635), Italy 430,029 (338,766).", "Netherlands/NLD|Belgium/BEL|Italy/ITA"},
		// East Germany is a known country since round 41, so both items count.
		{"compared figure", "", "Plantings are forecast as follows, East Germany 210 (205), Hungary 108 (96).", "Germany/DEU|Hungary/HUN"},
		{"compared figure", "", "Japan 5.0 pct was the forecast.", ""},

		// A country's possessive trades and sectors.
		{"own figure", "", "Cable has a stake in a group trying to compete in Japan's overseas telephone business.", "Japan/JPN"},
		{"own figure", "", "China's total wage bill for state employees grew too fast in the first quarter.", "China/CHN"},
		{"own figure", "", "Spain's 14 leading power utilities have massive debts, bankers said.", "Spain/ESP"},
		{"own figure", "", "South Korea's purchase of about 2.4 mln tonnes of U.S. corn is close to double last year's.", "South Korea/KOR"},
		{"own figure", "", "The South Korea business delegation arrived on Monday.", ""},

		// A list of words narrowing one area.
		{"narrowing list", "", "The price for rice from 11 provinces in central, east and northwest China has been increased.", "China/CHN"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
