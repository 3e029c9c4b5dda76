package actor_test

import (
	"context"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/when"
)

// TestCommodityBodies checks the intergovernmental bodies of 1980s trade
// news that the read sets' annotators coded and the dictionary lacked (the
// commodity councils, Euratom, "E.C."), and that "ITC", as often the U.S.
// International Trade Commission, and the Tin Council after its agreement
// lapsed are not the tin body, nor "ICO" after 2012 the coffee body.
func TestCommodityBodies(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, date, text, mention, want string
	}{
		{"coffee body", "1987-03-02", "Uganda called on the International Coffee Organisation to meet again.", "International Coffee Organisation", "IGOBUSICO"},
		{"coffee acronym", "1987-03-02", "Brazil rejected the ICO quota plan.", "ICO", "IGOBUSICO"},
		{"cocoa acronym", "1987-03-02", "Haiti joined the ICCO last week.", "ICCO", "IGOBUSICC"},
		{"tin producers", "1987-03-02", "Brazil pledged to cooperate with the ATPC.", "ATPC", "IGOBUSATP"},
		{"tin council", "1987-03-02", "Creditors sued the Tin Council in London.", "Tin Council", "IGOBUSITC"},
		{"atomic community", "1987-03-02", "The United States held talks with Euratom.", "Euratom", "IGOEURATM"},
		{"dotted EC", "1987-03-02", "Japan said the E.C. charges were unfounded.", "E.C.", "IGOEUREEC"},
		// Not the tin body.
		{"trade commission acronym", "1987-03-02", "The ITC found that imports hurt U.S. makers.", "ITC", ""},
		{"tin council lapsed", "2021-10-13", "Creditors sued the Tin Council in London.", "Tin Council", ""},
		{"coin offering acronym", "2018-03-02", "Britain called on the ICO to investigate the firm.", "ICO", ""},
		{"coffee body named in full", "2018-03-02", "Uganda called on the International Coffee Organization to meet again.", "International Coffee Organization", "IGOBUSICO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := new(annals.Doc)
			doc.Reset(annals.Article{ID: "t", Date: tc.date, Text: tc.text})
			if doc.Pub, err = when.Parse(tc.date); err != nil {
				t.Fatal(err)
			}
			if err := p.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, m := range doc.Mentions {
				if s, _, _ := doc.Span(m.Tokens); m.Kind == annals.ActorMention && strings.HasSuffix(s, tc.mention) {
					got = m.Code
				}
			}
			if got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
