package where_test

import "testing"

// TestCharterLegs checks issue 5's thirty-eighth round: the Soviet Union is a
// place, scored as Russia, and Czechoslovakia as the Czech Republic (the
// actor layer counts them as the countries it codes at the article's
// date, SUN and CSK; see actor.datedCountry); a freight fixture's slashed
// ports and a leg to a country's coast; and the words that keep countries
// out where they name a party: a delegation, buying interest, a charter
// or an order "from" a country, exchanges "between" two. Each kept row
// has rows the exclusions must keep out.
func TestCharterLegs(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// The Soviet Union by its names.
		{"soviet union", "", "The House urged the administration to offer EEP wheat to the Soviet Union.", "Russia/RUS"},
		{"soviet union", "", "Finnish exports of paper to the USSR fell 12 pct in 1986.", "Russia/RUS"},
		{"soviet union", "", "Grain shipments to the U.S.S.R. rose in March.", "Russia/RUS"},
		{"czechoslovakia", "", "Winter wheat crops in eastern Czechoslovakia may suffer damage.", "Czech Republic/CZE"},
		// Out: the adjective names no place.
		{"soviet union", "", "Soviet grain imports rose in March.", ""},

		// A delegation, and buying interest, "from" a country: a party.
		{"delegation from", "", "Approval followed a visit to Aden by a high ranking delegation from the Soviet Union.", "Aden/YEM"},
		{"delegation from", "", "A trade delegation from Poland arrived on Monday.", ""},
		{"interest from", "", "Lower prices have encouraged renewed buying interest from China and the Soviet Union, a trade house said.", ""},
		// Out: goods still come from a place.
		{"interest from", "", "Imports of sugar from the Soviet Union rose.", "Russia/RUS"},

		// Tankers chartered "from" a country: the owner that lets them.
		{"charter from", "", "Kuwait has agreed to charter tankers from the Soviet Union to protect its oil exports.", ""},
		{"order from", "", "It has received a 550,000 dlr order from the Soviet Union for spectrometers.", ""},
		// Out: goods bought from a country come from there.
		{"interest from", "", "With prices the same, buying from Iraq and China is an advantage, he said.", "Iraq/IRQ|China/CHN"},
		// Out: a charter's voyage from a port.
		{"charter from", "", "A 30,000 tonne ship was chartered for a voyage from Antwerp in May.", "Antwerpen/BEL"},

		// A freight fixture's legs, slashed.
		{"slashed leg", "", "Antwerp/Lagos 12,000 mt bagged sugar 750/750 try liner discharge a/c E D and F Man.", "Antwerpen/BEL|Lagos/NGA"},
		{"slashed leg", "", "Shippers agreed 10.75 dlrs for grain from Ghent to Naples/Venice range.", "Gent/BEL|Naples/ITA|Venice/ITA"},
		// Out: no tonnage or range after the pair, or months.
		{"slashed leg", "", "Officials said Antwerp/Lagos talks would resume.", ""},
		{"slashed leg", "", "Exports in Jan/May 1987 rose.", ""},
		// A leg to a country's coast.
		{"coast", "", "A 16,000 tonner was destined for west coast India at 5,000 dlrs.", "India/IND"},
		{"coast", "", "Dreyfus took 20,000 tonnes U.S. Gulf to East Coast Mexico April 6-10.", "Mexico/MEX"},
		// Out: a coast named with "of" is the country's too; a coast alone names none.
		{"coast", "", "Sales on the West Coast were hurt by late snows.", ""},

		// Exchanges between two parties.
		{"exchanges between", "", "She hoped more economic exchanges between Britain and the Soviet Union would lead to friendship.", ""},
		// Out: a stretch between two places.
		{"exchanges between", "", "Trains will run between Lyon and Marseille from May.", "Lyon/FRA|Marseille/FRA"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
