package where_test

import "testing"

// TestCalledMarkets checks round 93: a country the text calls a market,
// an outlet, a destination, a centre of trade or an area for growth is
// a place, after "as", as a copula's subject or as the object of a verb
// of regarding or making; and rows that must stay out: a buyer "in the
// market", a compound ("market economy", "market share"), a possessive
// market, a subject that is not the country, a source after a copula.
func TestCalledMarkets(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Ghirardi told Reuters the group considered Japan one of the prime markets in which it intends to expand.", "Japan/JPN"},
		{"Kenya has for a long time relied on Britain, Pakistan, Egypt and, to a lesser extent the United States, as major markets for its tea, the sources added.", "United Kingdom/GBR|Pakistan/PAK|Egypt/EGY|United States/USA"},
		{"The hotel group will focus on expansion, citing China as an untapped source for the international lodging industry.", "China/CHN"},
		{"He said China, the Gulf states, South America and Japan would be areas for growth.", "China/CHN|Japan/JPN"},
		{"\"Hong Kong is a volatile market and this will let things settle down,\" he said.", "Hong Kong/HKG"},
		{"Sharp said the cable could make Malaysia a major telecommunications centre in the region.", "Malaysia/MYS"},
		{"South Korea aims to reduce its dependency on Japan as a source of imported goods.", "Japan/JPN"},
		// Out.
		{"There is no fresh physicals news although India and Syria are in the market tomorrow for whites.", ""},
		{"Ecuador was not in the market.", ""},
		{"Officials said China is a market economy in the making.", ""},
		{"Saudi Arabia is Britain's largest export market in the region.", ""},
		{"Demand from China is a market factor, traders said.", ""},
		{"He said Iran was the source of the threat to shipping.", ""},
		{"Brazil, Mexico and Argentina are major debtors.", ""},
		{"Officials said that Japan was opening its markets to American producers.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "called market", "", tt.text, tt.want)
	}
}
