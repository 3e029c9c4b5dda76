package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTitledPeopleSectors checks the code a title before a name gives: a
// portfolio word is the office's ("Trade and Industry Secretary"), a title
// after a body's name is that body's (after a firm's, no state's), an
// ambassador to a post is his sending state's, and a client's attorney is
// no judiciary. mention "" wants no actor on the words at all.
func TestTitledPeopleSectors(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"joint portfolio after a country", "Philippines Trade and Industry Secretary Jose Concepcion told ministers he would act.", "Philippines Trade and Industry Secretary Jose Concepcion", "PHLGOV"},
		{"joint portfolio after a demonym", "Japan must act. British Trade and Industry Secretary John Smith said Japan must act.", "British Trade and Industry Secretary John Smith", "GBRGOV"},
		{"bare industry secretary", "Malaysia sold tin. Industry Secretary Jose Cruz said Malaysia would act.", "Industry Secretary Jose Cruz", "MYSGOV"},
		{"portfolio before and another office", "Argentina owes money. Industry and Foreign Trade Secretary Roberto Lavagna told reporters Argentina would pay.", "Industry", ""},
		{"firm's president", "American Express Co President Louis Gerstner said the company would sell shares.", "President Louis Gerstner", ""},
		{"firm's vice president", "Acme Inc Vice President John Smith said the U.S. market grew.", "President John Smith", ""},
		{"firm's chief executive stays", "Canada sued. Acme Inc chief executive John Smith said Canada would lose.", "chief executive John Smith", "CANBUS"},
		{"state body's vice minister", "Ministry of International Trade and Industry (MITI) Vice Minister Makoto Kuroda leaves for Washington today.", "Minister Makoto Kuroda", "JPNGOV"},
		{"trade body's president", "The Confederation of British Industry (CBI) President David Nickson said the budget was good.", "President David Nickson", "GBRBUS"},
		{"a client's attorney", "U.S. courts ruled. The company attorney John Smith said the U.S. ruling was wrong.", "attorney John Smith", ""},
		{"ambassador to a capital", "Portuguese Ambassador to Peking Octavio Valerio said the talks went well.", "Portuguese Ambassador to Peking Octavio Valerio", "PRTGOV"},
		{"ambassador to a country", "Egypt and the Soviet Union talked. Egyptian ambassador to Moscow Salah Bassiouni met Soviet officials.", "Egyptian ambassador to Moscow Salah Bassiouni", "EGYGOV"},
		{"ambassador to the U.S.", "The Japanese ambassador to the United States Nobuo Matsunaga met Reagan.", "The Japanese ambassador to the United States Nobuo Matsunaga", "JPNGOV"},
		// Negatives: what was right stays.
		{"industry minister of a country", "Thai Industry Minister Pramual Sabhavasu said Thailand would act.", "Thai Industry Minister Pramual Sabhavasu", "THAGOV"},
		{"a country's industry", "Japanese industry leaders met in Tokyo.", "Japanese industry", "JPNBUS"},
		{"head of state", "Ghanaian President John Mensah said Ghana would act.", "Ghanaian President John Mensah", "GHAGOV"},
		{"state attorney", "U.S. Attorney John Smith charged the men.", "U.S. Attorney John Smith", "USAJUD"},
		{"ambassador's post without a name", "The Portuguese ambassador to China said the talks went well.", "China", "CHN"},
		{"attorney general", "Attorney General Edwin Meese said he would resign.", "Attorney General Edwin Meese", "USAELI"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
