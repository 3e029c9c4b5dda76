package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOwnCountryAid checks a cause found in a hand-judged random sample of
// unread Reuters news: a state organ's spending or protection at home
// coded as aid to its own country, named only as the nationality of an
// institute, ships or imports. Aid to another country, and appeals and
// demands to one's own country, stay.
func TestOwnCountryAid(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped.
		{"funds for a national institute", "The Treasury Department is due to release funds for the Brazilian Coffee Institute, IBC, to pay for the coffee purchased from local producers, the IBC said in a statement.", nil},
		{"funded by a department", "The increased cost of using U.S. vessels was to be funded by the Transportation Department instead of USDA.", nil},
		{"protects its own ships", "U.S. military forces in the Mideast Gulf are under orders to protect only American flag vessels, the Pentagon said today.", nil},
		// Kept.
		{"aid to another country", "The World Bank said it approved a 97.4 mln dlr loan for China to help boost fertilizer output.", []string{"IGODEVWBK CHN 071"}},
		{"funds for another country", "The Japanese government released funds for Brazil on Tuesday.", []string{"JPNGOV BRA 070"}},
		{"asks its own firms", "The Ministry of International Trade and Industry has asked Japanese trading houses to refrain from excessive dollar selling.", []string{"JPNGOV JPN 020"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
