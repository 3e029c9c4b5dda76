package entity_test

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
)

// TestLongOfficeTitle checks that a title naming a state office in several
// capitalised words joined by "and" after a country's possessive, or an
// office named for its field after "for" ("Minister of State for Finance
// Tom Hockin"), gives the person that country as affiliation and code, so
// that the surname alone later codes what the person does; the field is no
// part of the name; a firm's officer gets no state code.
func TestLongOfficeTitle(t *testing.T) {
	tests := []struct {
		name, text, person, aff, code string
	}{
		{"a ministry joined by and",
			"In Dar es Salaam, Tanzania's Agriculture and Livestock Development Minister Paul Bomani said prices would fall. Bomani urged Kenya to cut its exports.",
			"Paul Bomani", "Tanzania", "TZAGOV"},
		{"mines and energy",
			"Indonesia's Mines and Energy Minister Subroto said prices would rise. Subroto urged Japan to buy more oil.",
			"Subroto", "Indonesia", "IDNGOV"},
		{"an office named for its field",
			"Canada's Minister of State for Finance Tom Hockin said Ottawa would act. Hockin urged Japan to cut tariffs.",
			"Tom Hockin", "Canada", "CANGOV"},
		{"the field of an under-secretary",
			"Japan must open its markets, visiting U.S. Under-Secretary of State for Economic Affairs Allen Wallis told reporters.",
			"Allen Wallis", "United States", "USA"},
		{"a firm's president",
			"Japan's Toshiba Corp President Taro Yamada said sales rose.",
			"Taro Yamada", "Toshiba Corp", "JPNBUS"},
	}
	p := mustPipeline(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := p.Code(context.Background(), annals.Article{ID: "t", Text: tc.text, Date: "1987-03-23"})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range res.Entities {
				if e.Name == tc.person {
					if e.Affiliation != tc.aff || e.Code != tc.code {
						t.Errorf("%s: affiliation %q code %q, want %q %q", tc.person, e.Affiliation, e.Code, tc.aff, tc.code)
					}
					return
				}
			}
			t.Errorf("no entity %q in %+v", tc.person, res.Entities)
		})
	}
}
