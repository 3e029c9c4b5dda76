package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestInternationalBankOfficer checks that "bank" before a title, after
// the one international bank an article names, is that bank's officer,
// and that any other bank named before it, or a bank word of its own kind,
// leaves the officer to the story's country.
func TestInternationalBankOfficer(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"bank president", "The Asian Development Bank will not change its decision to admit China despite protests from Taiwan, bank president Masao Fujioka said.", "bank president Masao Fujioka", "IGOASADEVADB"},
		{"bank officials", "Two World Bank review teams are in Kenya to assess government requests for funding, bank officials said.", "bank officials", "IGODEVWBK"},
		{"a bank official", "The annual meeting of the Asian Development Bank will be held in Peking in 1989, a senior bank official said.", "bank official", "IGOASADEVADB"},
		// Left to the story's country.
		{"no international bank", "Kenya's economy grew last year, bank officials said.", "bank officials", "KENBUS"},
		{"a central bank before", "Kenya asked the World Bank for a loan after the central bank raised rates, bank officials said.", "bank officials", "KENBUS"},
		{"a named bank before", "Kenya asked the World Bank and Barclays Bank for loans, bank officials said.", "bank officials", "KENBUS"},
		{"two international banks", "Kenya asked the World Bank and the African Development Bank for loans, bank officials said.", "bank officials", "KENBUS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
