package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestFormFirms checks that a firm named with a legal form that one
// country's law alone gives (SpA, GmbH, Sdn Bhd, AB, Oy, KK, BV) is that
// country's business, or its state's after a state word, and that shared
// forms, acronyms, forms inside a name and names cut short are left alone.
func TestFormFirms(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a Malaysian firm in brackets",
			"<Airod Sdn Bhd> said it won a contract from the U.S. Air Force to repair landing gear.",
			"<Airod Sdn Bhd>", "MYSBUS"},
		{"an Italian firm",
			"An appeal by Buitoni SpA against a court ruling has been rejected, court officials said.",
			"Buitoni SpA", "ITABUS"},
		{"a West German subsidiary of a foreign firm",
			"The agreement between Publicsoft and Apple Computer GmbH did not involve a stake, a spokesman said.",
			"Apple Computer GmbH", "DEUBUS"},
		{"a Swedish firm",
			"Partners on the field include <Svenska Petroleum AB> and Statoil, the ministry said.",
			"<Svenska Petroleum AB>", "SWEBUS"},
		{"a Finnish firm",
			"The partners in the study are Neste Oy and Celanese, officials said.",
			"Neste Oy", "FINBUS"},
		{"a state firm",
			"State oil firm Agip Petroli Spa said it has acquired a stake in a U.S. oil producer.",
			"Agip Petroli Spa", "ITAGOV"},
		// Left alone.
		{"a form several countries share",
			"<Airod Holdings Pty Ltd> said it won a contract from the U.S. Air Force.",
			"<Airod Holdings Pty Ltd>", ""},
		{"an acronym, not a form",
			"Saudi Press Agency SPA said the minister arrived.",
			"Press Agency SPA", ""},
		{"a form opening the rest of the name",
			"Telefon AB L M Ericsson said it would sell its office machinery unit.",
			"Telefon AB", ""},
		{"only forms left of a name cut short",
			"The shares will be registered in the name of Mayban (Nominees) Sdn Bhd, the bank said.",
			"Sdn Bhd", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
