package where_test

import "testing"

// TestDeliveryPorts checks issue 5's thirty-third round, read from dev14 and
// dev15: a price's delivery term names its port ("cif Rotterdam"), a
// bracketed acronym inside a list of places is the place again and the
// list goes on after it, "offshore" before a name places a field, a
// compound noun the tagger reads as a verb does not end a country's
// figure, a figure's report ("growth figures") stays the country's, a
// great city's possessive price or session is its market's, a known name
// may take the article after an unknown one ("in Europe and the U.S."),
// headline words of topic and time end a shouted name, quarrels are
// between parties and officers and leaders come from what they serve, a
// pair that shares a noun ("the London and Paris markets") is one
// modifier, and the Copperbelt and the Ruhr are regions. Each kept row
// has rows the exclusions must keep out.
func TestDeliveryPorts(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A delivery term names the port.
		{"delivery term", "", "Soyoil sold at 346.50 dlrs for May/Jul and 357.50 for Aug/Oct call ex-tank Rotterdam.", "Rotterdam/NLD"},
		{"delivery term", "", "Meal was offered at 209 dlrs a tonne cif Ghent for April shipment.", "Gent/BEL"},
		{"delivery term", "", "The shipment, priced at 210.34 dlrs per tonne c and f Taiwan, is set for delivery in April.", "Taiwan/TWN"},
		// Out: a shouted headline's term, a term with no name after it, a
		// lone "f".
		{"delivery term", "", "WHEAT FOB PRICES ROSE.", ""},
		{"delivery term", "", "Prices were quoted fob, traders said of Brazil.", ""},
		{"delivery term", "", "Grade f Taiwan paper was not traded.", ""},

		// A bracketed acronym in a list.
		{"bracket acronym", "", "Tug crews in New South Wales (NSW), Victoria and Western Australia yesterday lifted their ban.", "New South Wales/AUS|Victoria/AUS|Western Australia/AUS"},
		{"bracket acronym", "", "The minister is in the United Arab Emirates (UAE) to discuss oil prices.", "United Arab Emirates/ARE"},
		// Out: letters that are not the name's initials.
		{"bracket acronym", "", "Tug crews in New South Wales (TWU), Victoria and Western Australia yesterday lifted their ban.", "New South Wales/AUS"},

		// "offshore" as a preposition.
		{"offshore", "", "The industry was interested in the Green Canyon field offshore Louisiana where many firms drill.", "Louisiana/USA"},
		{"offshore", "", "It found gas on a block located about 10 miles offshore Louisiana in the Gulf.", "Louisiana/USA"},
		// Out: an adjective after a possessive, an article or "and".
		{"offshore", "", "Iraq said its warplanes raided Iran's offshore Nowruz oilfield today.", ""},
		{"offshore", "", "The company consolidated its onshore and offshore Gulf Coast divisions.", ""},

		// A compound noun read as a verb inside a country's figure.
		{"figure compound", "", "The growers reacted to a report that Malaysia's oil palm output is likely to drop sharply this year.", "Malaysia/MYS"},
		{"figure compound", "", "Officials said China's summer grain harvest may be good despite a drought.", "China/CHN"},
		// The report of a figure.
		{"figure report", "", "The Philippines' first quarter growth figures indicated the target would be met.", "Philippines/PHL"},
		{"figure report", "", "A new method of calculating Sweden's unemployment figures reduced the number of jobless.", "Sweden/SWE"},
		// Out: a figure qualifying another noun still.
		{"figure report", "", "Japan's export growth target was raised.", ""},

		// A great city's possessive price or session.
		{"city quote", "", "June mark eased from a 0.5510 opening and Chicago's 0.00501.", "Chicago/USA"},
		{"city quote", "", "The fall was attributed to New York's similar downturn yesterday, they said.", "New York City/USA"},
		{"city quote", "", "This compares with the opening of 409.00/50 and New York's close of 410.00/50.", "New York City/USA"},
		// Out: the session's noun qualifying another, a town, a person.
		{"city quote", "", "Traders watched New York's closing prices for direction.", ""},
		{"city quote", "", "He noted Warren's rise in the polls.", ""},

		// An unknown name, "and", then a known one with its article.
		{"unknown then the", "", "Prices fell for products sold in Europe and the U.S. last year.", "United States/USA"},
		{"unknown then the", "", "Air fares would drop between Scandinavia and the U.S.", "United States/USA"},

		// Shouted headline words that end a name.
		{"shout break", "CONCERN IN BRAZIL OVER VOLCKER DEPARTURE", "Officials are privately expressing concern.", "Brazil/BRA"},
		{"shout break", "CONCERN IN BRAZIL MOUNTS", "Officials are privately expressing concern.", ""},

		// Quarrels and whom officers and leaders serve.
		{"between parties", "", "The realignment was marked by acrimony between France and West Germany.", ""},
		{"between parties", "", "Protectionism was at the heart of a new showdown between the United States and Japan.", ""},
		{"between parties", "", "Fares dropped on flights between France and West Germany.", "France/FRA|Germany/DEU"},
		{"officers from", "", "Law officers from California, Illinois, Alaska and elsewhere testified.", ""},
		{"officers from", "", "Yeutter told trade leaders from Japan, the EC and Canada that a bill was likely.", ""},
		{"officers from", "", "Imports from California, Illinois and Alaska rose.", "California/USA|Illinois/USA|Alaska/USA"},

		// A pair sharing one noun.
		{"shared modifier", "", "It will issue securities in the London and Paris markets, the consortium said.", ""},
		{"shared modifier", "", "The firm makes appliances at the Milwaukee and Dayton plants.", ""},
		// Out: area nouns (the first item stays, as before; the last,
		// before the plural area word, is found since round 51), a list
		// without the article.
		{"shared modifier", "", "The quakes were felt across the Bay of Plenty and Waikato regions.", "Bay of Plenty/NZL|Waikato/NZL"},
		{"shared modifier", "", "The chain operates stores in the Portland and Seattle areas.", "Portland/USA|Seattle/USA"},
		{"shared modifier", "", "It will issue securities in London and the Paris market.", "London/GBR"},

		// Regions the gazetteer lacked.
		{"regions", "", "A walkout paralysed hospitals in the northern Copperbelt, the paper said.", "Copperbelt/ZMB"},
		{"regions", "", "Hospitals in the Copperbelt were paralysed by a strike.", "Copperbelt/ZMB"},
		{"regions", "", "He planned job cuts in steel plants in the Ruhr area.", "Ruhr/DEU"},
		{"regions", "", "A launch sank off the Malaysian state of Sabah.", "Sabah/MYS"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}

// TestDeliveryPortsLuxembourg checks that Luxembourg as a place is its capital,
// where ministers meet and bonds are listed, unless named beside another
// country, when it is the country.
func TestDeliveryPortsLuxembourg(t *testing.T) {
	tests := []struct {
		text string
		city bool
	}{
		{"Ministers would discuss these further in Luxembourg in June.", true},
		{"The bond is available in denominations of 5,000 dlrs and will be listed in Luxembourg.", true},
		{"The securities will be listed in Luxembourg and Frankfurt.", true},
		{"The bank has branches in Austria, Belgium, Luxembourg and Switzerland.", false},
		{"Investors buy gold bullion in Switzerland or Luxembourg to escape the tax.", false},
		{"The vaccine has been approved in Switzerland and Luxembourg.", false},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		d := annotateTagged(t, tg, "", tt.text)
		found := false
		for _, p := range d.Places {
			if p.Name != "Luxembourg" {
				continue
			}
			found = true
			if city := p.GeonameID != 0; city != tt.city {
				t.Errorf("%q: Luxembourg as a city %v, want %v", tt.text, city, tt.city)
			}
		}
		if !found {
			t.Errorf("%q: no Luxembourg found", tt.text)
		}
	}
}
