package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPrivateBodyRoles checks round 52's rules for role words that name no country
// of their own: officers of a union, a trade body or a firm named after
// "of" or "from" are that body's (its country's firms or unions when a
// country names it, else no actor), not the story's government; a
// "Congress" or an "administration" in a story about a country that has
// neither is Washington's; and "MPs" in a story about a country whose
// legislators are not so called belong to the story's other country. Each
// rule has rows where it must stay silent.
func TestPrivateBodyRoles(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	japan := "Japan rejected the charges.\n\nJapanese officials said Tokyo would not retaliate.\n\n"
	canada := "Canada welcomed the plan.\n\nCanadian officials in Ottawa said the United States had moved.\n\n"
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		// Officers of a body that is no state's.
		{"union president is no government's", japan + "William Bywater, president of the International Union of Electronic Workers, called on President Reagan to retaliate against Japan.", "president", ""},
		{"firm's officer is no government's", japan + "A former vice president of Painewebber Inc pleaded guilty in a Tokyo court.", "vice president", ""},
		{"a country names the body", japan + "Representatives of the U.S. livestock industry urged the Reagan administration to press Japan.", "Representatives", "USABUS"},
		{"a country names the union", japan + "Officials of the Japanese workers' union said they would strike.", "Officials", "JPNLAB"},
		{"a state body stays the state's", japan + "Officials of the Finance Ministry said the yen had risen.", "Officials", "JPNGOV"},
		{"a country after of stays its own", japan + "The president of Brazil said talks would go on.", "The president of Brazil", "BRAGOV"},
		{"a bare office stays the story's", japan + "Officials said the yen had risen.", "Officials", "JPNGOV"},
		// A Congress or an administration abroad.
		{"Congress in a Canadian story", canada + "The administration would ask Congress to approve 500 mln dlrs.", "Congress", "USALEG"},
		{"administration in a Canadian story", canada + "The administration would ask Congress to approve 500 mln dlrs.", "The administration", "USAGOV"},
		{"Congress in an American story", "The United States welcomed the plan.\n\nU.S. officials said Canada had moved.\n\nThe administration would ask Congress to approve the plan.", "Congress", "USALEG"},
		{"Congress in a Philippine story stays its own", "The Philippines welcomed the plan.\n\nPhilippine officials in Manila said the United States had moved.\n\nThe government would ask Congress to approve the plan.", "Congress", "PHLLEG"},
		{"no United States, no Washington", "Canada welcomed the plan.\n\nCanadian officials in Ottawa said Britain had moved.\n\nThe administration would ask Parliament to approve it.", "The administration", "CANGOV"},
		// MPs.
		{"MPs in a story about Japan", "Japan rejected the charges.\n\nJapanese officials in Tokyo said Japan would not retaliate against Britain.\n\nBritain was urged by influential MPs to act against Japan.", "MPs", "GBRLEG"},
		{"MPs in a British story", "Britain rejected the charges.\n\nBritish officials in London said Britain would not retaliate.\n\nInfluential MPs urged the government to act.", "MPs", "GBRLEG"},
		{"MPs in a Japanese story with no other", "Japan rejected the charges.\n\nJapanese officials in Tokyo said Japan would not retaliate.\n\nInfluential MPs urged the government to act.", "MPs", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
