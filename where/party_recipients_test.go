package where_test

import (
	"testing"
)

// TestPartyRecipients checks issue 5's twentieth-round rules, drawn from Reuters
// wire copy, each with rows it must keep out.
func TestPartyRecipients(t *testing.T) {
	tests := []struct {
		rule, text string
		want       string // places, "|"-separated
	}{
		// Money lent or given "to" a country goes to a party.
		{"transfer", "Banks had shown willingness to consider new loans to Venezuela, a fundamental achievement.", ""},
		{"transfer", "West German aid to Bolivia will rise to 91 mln marks in 1987.", ""},
		{"transfer", "The CCC has reallocated two mln dlrs in credit guarantees to Turkey.", ""},
		{"transfer", "The bank is lending 11.7 mln dlrs to Ecuador.", ""},
		{"transfer", "Sales of vegetable oil and tallow to El Salvador were covered.", "El Salvador/SLV"},
		{"transfer", "Exporters to the U.S. complained.", "United States/USA"},
		// Offers, messages, envoys and balances go to a party.
		{"party", "The U.S. will make an EEP wheat offer to Moscow, officials said.", ""},
		{"party", "Japanese banks have loans outstanding to Nigeria.", ""},
		{"party", "He was named ambassador to Austria.", ""},
		{"party", "The offer was made to Kuwait in February.", ""},
		{"party", "The bonds flow back to Japan.", "Japan/JPN"},
		{"party", "They want to send a high-level official to Washington.", "Washington, D.C./USA"},
		// The parties to a contract or an accord.
		{"between", "Problems delayed contracts between South Korea's state-owned utility and U.S. Firms.", ""},
		{"between", "Trains run between Paris and Lyon.", "Paris/FRA|Lyon/FRA"},
		{"between", "There were talks currently between the United States and Japan on chips.", ""},
		{"between", "Talks follow an agreement reached between Nigeria and its creditors.", ""},
		{"between", "It operates non-stop flights between Sydney and Tokyo.", "Sydney/AUS|Tokyo/JPN"},
		{"between", "It criticised the inflation differential between France and Italy.", "France/FRA|Italy/ITA"},
		// Currencies, trade, talks, reports and a treasury a name
		// qualifies.
		{"modifier", "The price per bushel is in U.S. dollars.", ""},
		{"modifier", "It was a sign of deterioration in the U.S. trade deficit.", ""},
		{"modifier", "In its first reaction to Tehran reports of a new offensive, Iraq said fighting continues.", ""},
		{"modifier", "They backed Brazil and Colombia at the London talks.", ""},
		{"modifier", "The meeting in Paris between U.S. treasury and central bank representatives helped.", "Paris/FRA"},
		{"modifier", "Deposits in Hong Kong rose.", "Hong Kong/HKG"},
		// A country's sectors, crops and trade as its possessive are
		// measured there, a bare apostrophe after a final s included.
		{"figure", "His proposal to revitalize Texas' oil industry would exempt stripper wells.", "Texas/USA"},
		{"figure", "He said that the majority of Texas' oil wells fall within the category.", "Texas/USA"},
		{"figure", "Officials will help fight Bolivia's cocaine trade.", "Bolivia/BOL"},
		{"figure", "Australia's terms of trade fell 2.1 pct.", "Australia/AUS"},
		{"figure", "A drought cut Brazil's crop by a third.", "Brazil/BRA"},
		{"figure", "Washington's tough trade remedy failed.", ""},
		{"figure", "Peru's trade credit lines rose.", ""},
		{"figure", "The Texas' oil wells stood idle.", "Texas/USA"},
		// What stands on a country's land.
		{"stat", "China has 521 sugar mills, he said.", "China/CHN"},
		{"stat", "China had destroyed 13,340 hectares of poppies.", ""},
		// A firm's or a family's seat "of" a "City, Region" pair.
		{"seat", "The unit has acquired Biopool AB of Umea, Sweden, for cash.", ""},
		{"seat", "It was sold to members of the Hunt family of Dallas, Texas, last year.", ""},
		{"seat", "The loan went to (Pty) Ltd, of Johannesburg, South Africa, for the deal.", ""},
		{"seat", "He met a resident of Antioch, Illinois, on Monday.", "Antioch/USA|Illinois/USA"},
		// An unknown natural feature with its article inside a list,
		// and a serial comma after it.
		{"list", "There are opportunities in Canada, the North Sea, and Australia and Africa.", "Canada/CAN|Australia/AUS"},
		{"list", "It needs approval by the Office in West Berlin, the Bundesbank, and West Germany's four banking associations.", "Berlin/DEU"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, "", tt.text, tt.want)
	}
}
