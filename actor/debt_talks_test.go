package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDebtorsLenders checks that banks a state borrows from are of no
// country the words give, not the debtor's: in a debt story with one
// creditor word, after "loans from", marked "Western", or named after a
// debtor's capital; and that a country's own banks at home keep its code.
func TestDebtorsLenders(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"the banks of a debt story", "Mexico wants all 400 creditors to join the new loan for its foreign debt. Mexico said the banks should focus on the deal.", "the banks", ""},
		{"banks a state borrows from", "Zambia cleared its arrears to the IMF. The government is negotiating loans from two other banks to complete payment.", "banks", ""},
		{"western banks", "France will help Brazil seek concessions from Western banks.", "banks", ""},
		{"a capital's creditor banks", "Ongpin will not insist on Manila's creditor banks pledging new money.", "Manila's creditor banks", ""},
		// Kept: a country's banks in its own banking news.
		{"the banks of banking news", "Mexico's finance ministry named new officials on Monday. Mexico said the banks should focus on the deal.", "the banks", "MEXBUS"},
		{"banks lending at home", "South Korea will cut interest rates. The government pressed banks to give soft loans to industry.", "banks", "KORBUS"},
		{"one creditor word, no debt", "Japan's finance ministry asked creditors to wait. Japan asked the banks to cut dollar sales.", "the banks", "JPNBUS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
