package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBankIdentity checks whose bank a bank mention is: the international
// bank named before a bare "the bank" when only plurals or modifiers
// ("banks", "a bank official") stand between, the body an article spells
// out before an acronym that the dictionary reads as another body, and a
// commercial bank named by its own name, whatever the story's country;
// several states' "central banks" are no one state's, and banks "in" a
// named place are that place's country's.
func TestBankIdentity(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"plural banks between", "Kenya asked the World Bank for a loan. Commercial banks were reluctant. Kenya asked the bank to help.", "the bank", "IGODEVWBK"},
		{"a bank official between", "The World Bank will lend to Kenya, a bank official said. Kenya asked the bank to help.", "the bank", "IGODEVWBK"},
		{"bankers between", "Kenya asked the World Bank for a loan, bankers said. Kenya asked the bank to help.", "the bank", "IGODEVWBK"},
		{"a bank named in an office", "The Secretary-General of the African Development Bank spoke in Cairo. He said the bank would lend more to Egypt.", "the bank", "IGOAFRDEVAFB"},
		{"plural central banks", "Brazil suspended interest payments. Brazil made no appeal for loans from central banks.", "central banks", ""},
		{"spelled-out acronym", "The African Development Bank (ADB) lent to Kenya. ADB officials met Kenya's finance minister.", "ADB officials", "IGOAFRDEVAFB"},
		{"own bank name", "Brazil suspended interest payments. Bank of Montreal regretted Brazil's action.", "Bank of Montreal", "CANBUS"},
		{"own bank name, Swiss", "Japan plans a gold tax. Credit Suisse urged Japan to drop the tax.", "Credit Suisse", "CHEBUS"},
		{"banks in a named city", "The yen rose in Tokyo and Japan's exporters worried. The Federal Reserve telephoned banks in New York to ask for quotes.", "banks", "USABUS"},
		// Left to the other rules.
		{"banks in no named place", "The yen rose in Tokyo and Japan's exporters worried. The ministry asked banks in the region to lend more.", "banks", "JPNBUS"},
		{"central bank between", "Kenya asked the World Bank for a loan. The central bank governor met bankers. Kenya asked the bank to help.", "the bank", "KENBUS"},
		{"a commercial bank loan between", "Kenya asked the World Bank for a loan, and a commercial bank loan followed. Kenya asked the bank to help.", "the bank", "KENBUS"},
		{"singular central bank", "Brazil suspended interest payments. The central bank raised rates.", "The central bank", "BRAGOV"},
		{"acronym alone", "ADB officials met Kenya's finance minister.", "ADB officials", "IGOASADEVADB"},
		{"acronym of its own body", "The Asian Development Bank (ADB) lent to Nepal. ADB officials met Nepal's finance minister.", "ADB officials", "IGOASADEVADB"},
		{"central bank by name", "Brazil suspended interest payments. The Bank of Canada raised rates.", "The Bank of Canada", "CANGOV"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
