package entity_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
)

// TestContextSurname covers round 64: a person whose titled mention the
// actor stage coded from the story's country ("central bank president
// Leonard Chivuno" in a story about Zambia) lends that code to the
// surname alone in a later sentence, so that what "Chivuno" does there is
// coded, also when the sentence introducing the person names no country;
// firms' officers, people introduced beside another country, and pronouns
// stay silent.
func TestContextSurname(t *testing.T) {
	tests := []struct {
		name, text, subject, code string
	}{
		{"a central bank's head by surname",
			"Zambia has cleared its arrears to the IMF with a bridging loan, central bank president Leonard Chivuno said. Chivuno urged the IMF to ease its terms.",
			"Chivuno", "ZMBGOV"},
		{"a minister by surname",
			"Venezuela has no plans to renegotiate its debt agreement, finance minister Jorge Talavera told Reuters. Talavera urged the banks to ease their terms.",
			"Talavera", "VENGOV"},
		{"a central bank's head introduced naming no country",
			"Zambia has cleared its arrears to the IMF. Central bank president Leonard Chivuno said the bridging loan would be repaid by June. Chivuno urged the IMF to ease its terms.",
			"Chivuno", "ZMBGOV"},
		{"a minister introduced naming no country",
			"Venezuela will not renegotiate its debt. Finance minister Jorge Talavera told Reuters the payments would go on. Talavera urged the banks to ease their terms.",
			"Talavera", "VENGOV"},
		// Silent: a firm's spokesman is no state office.
		{"a firm's spokesman",
			"Zambia's copper mines earned less last year, company spokesman Leonard Chivuno said. Chivuno urged the government to cut taxes.",
			"Chivuno", ""},
		// Silent: the sentence that introduces him names another country.
		{"a visitor beside another country",
			"Britain hopes for progress during the visit to Japan by Corporate Affairs Minister Peter Walden, officials said. Walden urged Japan to open its markets.",
			"Walden", ""},
		// Silent: a firm's officer introduced naming no country.
		{"a firm's spokesman introduced naming no country",
			"Zambia's copper mines earned less last year. Company spokesman Leonard Chivuno said output would recover. Chivuno urged the government to cut taxes.",
			"Chivuno", ""},
		// Silent: a pronoun is left to the entity's own code.
		{"a pronoun",
			"Zambia has cleared its arrears to the IMF with a bridging loan, central bank president Leonard Chivuno said. He urged the IMF to ease its terms.",
			"He", ""},
	}
	p := mustPipeline(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := p.Code(context.Background(), annals.Article{ID: "t", Text: tc.text, Date: "1987-03-23"})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, ev := range res.Events {
				if ev.Source != nil && ev.Source.Text == tc.subject {
					got = ev.Source.Code
				}
			}
			if got != tc.code {
				t.Errorf("%s coded %q, want %q (events %+v)", tc.subject, got, tc.code, res.Events)
			}
		})
	}
}
