package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestFirms checks firms named through their country: a nationality or a
// possessive before a firm's head word, a seat after its suffix, and a name
// learnt in apposition with a role word that carries a country.
func TestFirms(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a nationality, industry words and group", "The French aluminium and special metals group Pechiney signed a deal.",
			"The French aluminium and special metals group Pechiney", "FRABUS"},
		{"state-owned makes the state's", "French state-owned metals group Pechiney signed a deal.",
			"French state-owned metals group Pechiney", "FRAGOV"},
		{"a listed firm's ticker", "Kenya and the U.S. Panhandle-Trunkline <PEL.N> group signed a deal.",
			"the U.S. Panhandle-Trunkline <PEL.N> group", "USABUS"},
		{"a group of no trade is no firm", "A Lebanese Moslem group claimed the attack.", "Lebanese", "LBN"},
		{"a country opening a firm's name is left as the dictionary codes it", "Kenya Petroleum Corp signed a deal.", "Kenya", "KEN"},
		{"a broadcaster is no trading firm", "The speech was monitored by the British Broadcasting Corp in London.", "the British Broadcasting Corp", "GBRMED"},
		{"a firm's seat in a US state", "Kenya signed a deal with <Southern Cross Ltd> of Colorado.", "<Southern Cross Ltd> of Colorado", "USABUS"},
		{"a firm's seat in a country", "Kenya signed a deal with Wright Engineers Ltd of Uganda.", "Wright Engineers Ltd of Uganda", "UGABUS"},
		{"of America ends a name, not a seat", "Kenya sued Natural Gas Pipeline Co of America.", "Natural Gas Pipeline Co of America", ""},
		{"a short name learnt after the firm's country", "Kenya and the Canadian company, Petrocanada International Assistance Corporation (PCIAC), agreed. PCIAC chairman Peter Towe spoke.",
			"PCIAC", "CANBUS"},
		{"a name before its country", "Navistar and Dina Camiones, a Mexican government company, signed. Dina Camiones spoke.",
			"Dina Camiones", "MEXGOV"},
		{"a state's company named through a possessive", "Kenya met Indonesia's state oil company Pertamina.", "Indonesia's state oil company", "IDNGOV"},
		{"a subsidiary shares its parent's country", "<Enim Oil Co Ltd>, a wholly owned subsidiary of <Southern Cross Ltd> of Colorado, signed a contract.",
			"<Enim Oil Co Ltd>", "USABUS"},
		{"a subsidiary of a firm whose country an apposition gives", "Navistar said it and Dina Camiones, a truck subsidiary of Diesel Nacional, a Mexican government company, signed.",
			"Dina Camiones", "MEXGOV"},
		{"no apposition, no country", "Navistar said it and Dina Camiones signed.", "Dina Camiones", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
