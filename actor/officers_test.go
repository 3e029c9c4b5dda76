package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestOfficers checks that firms' and unions' officers are no state's or
// army's.
func TestOfficers(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"union representatives", "German employers and union representatives met in Hamburg.", "union representatives", "DEULAB"},
		{"chief executive officer", "Salant said its chief executive officer met Canadian bankers.", "chief executive officer", "CANBUS"},
		{"president and chief executive officer", "The German company said its president and chief executive officer resigned in Bonn.", "president", "DEUBUS"},
		{"army officer stays MIL", "Afghan troops fought. An officer said the Taliban attacked Kabul.", "officer", "AFGMIL"},
		{"an initial is no given name", "Mikhail S. Gorbachev met Ronald Reagan.", "Gorbachev", "RUSELI"},
		{"US Senate in a Japanese story", "Japan's Prime Minister spoke in Tokyo. Japanese officials said Japan would act. The U.S. trade deficit grew. The Senate criticised Japan.", "The Senate", "USALEG"},
		{"a Congressman in a Soviet story", "The Soviet Union bought grain. Soviet officials said Moscow wanted more. Kansas Republican Congressman Pat Roberts urged the U.S. to offer subsidies.", "Congressman Pat Roberts", "USALEG"},
		{"Congressional investigators in an Iranian story", "Iran denied the charges. Iranian officials said Tehran sold no arms. The U.S. denied it. Congressional investigators plan to question John Poindexter.", "Congressional investigators", "USALEG"},
		{"a Senate of the story's country", "Brazil's economy grew. Brazilian officials met in Brasilia. The U.S. watched. The Senate criticised the plan.", "The Senate", "BRALEG"},
		{"a title before the surname", "ATPC Chairman Subroto appealed to the United States.", "Subroto", "IDNELI"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
