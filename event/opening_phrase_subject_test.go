package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDev1819Rules51 checks the rules round 51 drew from development sets
// 18 and 19: a meeting named in an opening phrase whose comma leads to the
// one who met ("after a meeting with Baker, Miyazawa said") is coded both
// ways; offices named "of (Trade and) Industry" are the state's; deals
// entered into and memoranda concluded with a party (057); warnings
// delivered (130); bans and boycotts approved against a party (163);
// counsel to act ("advised the government to", 020). Each rule has rows
// where it must stay silent.
func TestDev1819Rules51(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// A meeting in an opening phrase: the name after its comma met.
		{"meeting, subject", "After an hour-long meeting with Japanese Finance Minister Kiichi Miyazawa, U.S. Treasury Secretary James Baker said the dollar was stable.", []string{"JPNGOV USAGOV 043", "USAGOV JPNGOV 043"}},
		{"met, list", "Brazilian Finance Minister Dilson Funaro met his Swiss counterpart Otto Stich, Swiss Economics Minister Jean-Pascal Delamuraz and central bank officials.", []string{"BRAGOV CHEBUS 043", "BRAGOV CHEGOV 043"}},
		// Offices of industry.
		{"minister of industry", "Japan's Minister of International Trade and Industry, Hajime Tamura, urged U.S. Trade Representative Clayton Yeutter to lift the sanctions.", []string{"JPNGOV USAGOV 0254"}},
		{"industry association", "The Semiconductor Industry Association urged the U.S. government to impose trade sanctions against Japan.", []string{"USABUS USAGOV 020"}},
		// Deals and memoranda.
		{"entered into a deal", "Malaysia's telecommunication authority has entered into a deal with a British firm to instal a fibre optic cable.", []string{"MYSGOV GBR 057"}}, // "a British firm" only modifies: one way
		{"concluded a memorandum", "Britain's Department of Trade and Industry has concluded a memorandum of understanding with Japan's Finance Ministry.", []string{"GBRGOV JPNGOV 057", "JPNGOV GBRGOV 057"}},
		{"entered the market", "Malaysia has entered into the Japanese market with a British firm.", nil},
		// Warnings delivered.
		{"delivered warnings", "The European Community delivered warnings to Japan over trade frictions.", []string{"IGOEUREEC JPN 130"}},
		{"delivered a speech", "The European Community delivered a speech to Japan's parliament.", nil},
		// Bans approved.
		{"approved a ban", "Norway's parliament has approved an extensive trade ban against South Africa.", []string{"NORLEG ZAF 163"}},
		{"approved a ban on a practice", "The board approved a partial ban on dual trading in futures.", nil},
		// Counsel to act.
		{"advised to", "Malaysia's national oil company, Petronas, has advised the government to raise crude oil output.", []string{"MYSBUS MYSGOV 020"}},
		{"advised that", "The Commerce Department advised the Pentagon recently that defense objections to two proposed sales were not valid.", nil},
		{"advised it", "CECOS said the EPA advised the company it intended to seek a penalty.", nil},
	}
	checkCodings1987(t, p, tests)
}
