package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDomesticFavour checks the causes found in a hand-judged random
// sample of unread Reuters news (round 85): a state's aid, cooperation or
// backing for its own firms or people coded as an event between actors,
// its aid to them withdrawn (round 111), "told ... to" matched across a sentence to a later "to", a fact
// "recognised" coded as diplomatic recognition, a doubt "questioned whether"
// coded as questioning a party, and two countries' businessmen coded as
// states. The kept rows leave a state's appeals to its own firms, a
// firm's welcome of its government's policy, relief for its own people,
// orders given with "told ... to", recognition of a state and the
// questioning of a party as they were.
func TestDomesticFavour(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Dropped.
		{"plans to help the industry", "The Japanese government plans to help the shipbuilding industry shed 20 pct of current capacity within two years.", nil},
		{"subsidises its farmers", "The United States subsidizes its farmers more than the EC.", nil},
		{"backs its companies", "The Singapore government owns or backs 608 companies under three holding companies.", nil},
		{"rescued banks", "Malaysia's Central Bank has rescued two large commercial banks since late 1986.", nil},
		{"cuts its own firms' credit", "Taiwan has reduced export credits to small textile companies this year.", nil},
		{"told of", "Poindexter told President Reagan twice of the funds diversion, contrary to Reagan's denial.", nil},
		{"told a meeting a fact", "Chancellor Helmut Kohl told the shareholders' meeting the bank's total loans to Argentina totalled 875 mln dlrs.", nil},
		{"recognised a quality", "The U.S. government recognised the honesty of Brazilian exporters.", nil},
		{"recognise that", "Secretary of State George Shultz said he recognized that Japan must protect its farmers.", nil},
		{"questioned whether", "U.S. House Ways and Means chairman Dan Rostenkowski said he questioned whether a U.S. tax on securities transactions would be appropriate.", nil},
		{"two countries' businessmen", "Indian and Australian businessmen signed a memorandum of understanding to boost two-way trade.", nil},
		// Kept.
		{"asks its own firms", "The Ministry of International Trade and Industry has asked Japanese trading houses to refrain from excessive dollar selling.", []string{"JPNGOV JPN 020"}},
		{"firms welcome a decision", "Spanish bankers welcomed the Bank of Spain's decision to raise the reserve requirement.", []string{"ESPBUS ESPGOV 051"}},
		{"relief for its own people", "Indian troops rescued villagers trapped by the floods.", []string{"INDMIL INDCVL 073"}},
		{"told to", "British corporate affairs minister Michael Howard told Japan to resolve the row over Cable and Wireless.", []string{"GBRGOV JPN 100"}},
		{"recognised a state", "China recognised Israel on Tuesday.", []string{"CHN ISR 054"}},
		{"questioned a party", "Police questioned the Japanese businessman for six hours.", []string{"JPNCOP JPNBUS 090"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
