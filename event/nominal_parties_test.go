package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestNominalParties checks round 46's events named by nouns whose parties the
// noun's phrase names only by reference: talks or agreements "between the
// two countries", "its" owning an act, and a request or demand whose
// addressee answers it. Each rule has rows where it must stay silent.
func TestNominalParties(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const accused = "Japan accused Canada of dumping steel. "
	tests := []codingCase{
		// "between the two countries": the two named just before.
		{"talks between the two countries", accused + "Talks between the two countries resumed on Monday.", []string{"CAN JPN 046", "JPN CAN 046", "JPN CAN 112"}},
		{"talks between officials of the two countries ahead", accused + "Officials said the dispute would dominate talks between officials of the two countries.", []string{"CAN JPN 036", "JPN CAN 036", "JPN CAN 112"}},
		{"agreement between the two sides", accused + "An agreement between the two sides was signed on Monday.", []string{"CAN JPN 057", "JPN CAN 057", "JPN CAN 112"}},
		{"an agreement only wanted", accused + "Japan wants an agreement between the two countries.", []string{"JPN CAN 112"}},
		{"three countries before: the two are unknown", "Japan, France and Britain accused Canada of dumping steel. Talks between the two countries resumed.", []string{"FRA CAN 112", "GBR CAN 112", "JPN CAN 112"}},
		// "its" owning an act stands for the actor it refers to.
		{"its offensive", "Iran announced that its major offensive against Iraq had ended.", []string{"IRN IRQ 190"}},
		{"its demand: a market's", "The loan will help Kenya meet its demand for wood products from Uganda.", nil},
		// A request or demand answered by its addressee.
		{"answered request", "The EC ignored Manila's request for lower tariffs.", []string{"PHLGOV IGOEUREEC 020"}},
		{"request of a maker", "Japan rejected the request of Canada for lower tariffs.", []string{"CAN JPN 020", "JPN CAN 120"}},
		{"demands resisted", "Japan continues to resist U.S. demands.", []string{"JPN USA 124", "USA JPN 100"}},
		{"at the request of a maker", "At the request of Canada, Japan cut its steel exports.", []string{"CAN JPN 020"}},
		{"a market's demand met", "The new mine will meet Japan's demand for coal.", nil},
		{"at the request of no actor", "The troops went in at the request of the company because of a strike by Brazilian oil workers.", nil},
	}
	checkCodings(t, p, tests)
}
