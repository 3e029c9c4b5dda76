package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestSideRemarks checks the round's rules: "backed", "backs" and
// "backing" code support (051); a bare past participle heading a side
// remark about a noun, set off by commas, opening the sentence or right
// after a name before the sentence's own verb, is background and stays
// uncoded while the main clause's event stays; the actors of a compound
// agent back or praise the subject, not each other; a state named bare
// does not back its own organs; unnamed diplomats and Latin American
// leaders take no country from the story.
func TestSideRemarks(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// "back" as a verb.
		{"backs", "Japan backs China's proposal.", []string{"JPN CHN 051"}},
		{"has backed", "Kuwait has backed Iraq in the war against Iran.", []string{"KWT IRQ 051"}},
		{"is backing", "France is backing Morocco in the dispute.", []string{"FRA MAR 051"}},
		{"was backed by", "Iraq was backed by Kuwait.", []string{"KWT IRQ 051"}},
		{"backed down", "Iraq backed down.", nil},
		// Side remarks stay uncoded; the main clause's event stays.
		{"aside between commas", "Canada, strongly supported by Australia, has criticized Japan.", []string{"CAN JPN 111"}},
		{"aside, adverb after the participle", "Britain, backed strongly by France, criticized Japan.", []string{"GBR JPN 111"}},
		{"aside opening the sentence", "Backed by Iran, Syria criticized Iraq.", []string{"SYR IRQ 111"}},
		{"led by", "The three nations, joined by France, Britain and Canada, agree the policies are essential.", nil},
		{"no commas before the verb", "Governor Shunichi Suzuki backed by the LDP has said he cannot support the sales tax.", nil},
		{"participle ending the sentence is not set off", "Iraq was attacked by Iran.", []string{"IRN IRQ 190"}},
		// A compound agent backs the subject, not each other; a signing
		// by two still joins them.
		{"backed by two, no actor subject", "The proposal, strongly backed by Britain and West Germany, would save money.", nil},
		{"which is backed by two", "Saudi Arabia is the architect of the pact, which is backed by Kuwait and the UAE.", nil},
		{"signed by two", "The treaty was signed by Britain and France.", []string{"FRA GBR 057", "GBR FRA 057"}},
		// A state and its own organ; two organs of one state stay.
		{"state and own minister", "The Brazilian finance minister defended Brazil's economic record.", nil},
		{"two organs of one state", "The U.S. Senate backed President Biden's retaliatory strike.", []string{"USALEG USAGOV 051"}},
		// Actors with no country of the story's.
		{"Latin American leaders", "Virtually all Latin American leaders backed Brazil's suspension of interest payments.", nil},
		{"Latin American leaders, a foreign target", "Mexico hosted the summit. Central American presidents praised the Mexican president.", nil},
		{"unnamed diplomats, they is Bonn", "Two top German officials said Bonn saw no need for action. The diplomats said they were backed by Britain and France.", []string{"FRA DEUGOV 051", "GBR DEUGOV 051"}},
		{"backed as a modifier", "Peking backed <China Everbright Holdings Co Ltd> said it signed an accord with Japan.", nil},
	}
	checkCodings(t, p, tests)
}
