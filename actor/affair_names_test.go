package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestAffairNames checks that a country naming an affair ("the Iran arms
// scandal", "IRAN CASE") does not give its country to the role words of
// the inquiry, while a country that acts stays the story's.
func TestAffairNames(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, title, text, mention, want string
	}{
		{"a case named after a country", "PAPER SAYS INDICTMENTS IN IRAN CASE EXPECTED",
			"The special prosecutor in the Iran arms scandal is expected to bring indictments against Reagan administration officials, the New York Times reported. It said prosecutor Lawrence Walsh had not ruled out any suspects.",
			"prosecutor Lawrence Walsh", "USAJUD"},
		{"a hyphenated affair", "JUDGE DISMISSES SUIT IN IRAN-CONTRA AFFAIR",
			"Judge Barrington Parker dismissed a suit challenging the Iran-contra inquiry by Congress and the White House.",
			"Judge Barrington Parker", "USAJUD"},
		{"an inquiry by the country itself stays its own", "IRAN PROBE OF TANKER ATTACK",
			"Iran began an inquiry into the attack on its tanker in the Gulf. Judge Ali Rahimi said the United States was to blame.",
			"Judge Ali Rahimi", "IRNJUD"},
		{"a country's own probe of another's levy", "SENATE SEEKS U.S. PROBE OF CANADIAN CORN LEVY",
			"The Senate voted unanimously to seek an expedited U.S. probe of Canadian tariffs on corn imports to determine if the United States should retaliate. By 99 to 0, the Senate went on record against the tariff approved by the Canadian Import Tribunal.",
			"the Senate", "USALEG"},
		{"a story about the country itself", "IRAN REPORTS HEAVY FIGHTING",
			"Iran said troops repulsed Iraqi attacks in Kurdistan.",
			"troops", "IRNMIL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, tc.title, tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
