package actor_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// TestCombiningForms checks that "Sino-" as the first half of a
// hyphenated adjective is China, beside the country of the second half,
// and that the letters "sino" inside another word, in lower case or
// standing alone as a firm's name are no country.
func TestCombiningForms(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string // the codes of the mentions inside the word
	}{
		{"Sino-British", "Hong Kong reverts to Chinese rule in 1997 under a 1984 Sino-British agreement.", []string{"CHN", "GBR"}},
		{"Sino-Soviet", "The Sino-Soviet talks ended on Friday.", []string{"CHN", "SUN"}},
		{"Sino-U.S.", "Ecolab signed a contract to set up the first Sino-U.S. joint venture.", []string{"CHN", "USA"}},
		// Unchanged: no combining form.
		{"inside another word", "Conservatives opposed casino-style behaviour.", nil},
		{"lower case", "They sold sino-style furniture.", nil},
		{"standing alone", "Sino Land said profits rose.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := new(annals.Doc)
			doc.Reset(annals.Article{ID: "t", Date: "1987-04-13", Text: tc.text})
			doc.Pub = time.Date(1987, 4, 13, 0, 0, 0, 0, time.UTC)
			if err := p.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range doc.Mentions {
				s, _, _ := doc.Span(m.Tokens)
				if m.Kind == annals.ActorMention && strings.Contains(strings.ToLower(s), "sino") {
					got = append(got, m.Code)
				}
			}
			slices.Sort(got)
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%q: codes %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
