package event_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// TestHeadlinePair checks that "the two countries" takes the pair a
// headline names when the text near the reference names no pair of its
// own, and that it stays silent when the headline names three, a firm, or
// no pair, or when a third party stands near the reference.
func TestHeadlinePair(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const text = "The iron ore project will start in 1990.\n\nAn agreement between the two countries was signed on Monday."
	for _, tc := range []struct {
		name, title, text string
		want              []string
	}{
		{"comma pair", "NIGERIA, GUINEA SET UP IRON ORE FIRM", text, []string{"GIN NGA 057", "NGA GIN 057"}},
		{"and pair", "NIGERIA AND GUINEA SET UP IRON ORE FIRM", text, []string{"GIN NGA 057", "NGA GIN 057"}},
		{"pair and a third named apart", "NIGERIA, GUINEA SET UP IRON ORE FIRM WITH LIBERIA", text, []string{"GIN NGA 057", "NGA GIN 057"}},
		{"one of the pair named near", "NIGERIA, GUINEA SET UP IRON ORE FIRM", "Nigeria will fund the iron ore project.\n\nAn agreement between the two countries was signed on Monday.", []string{"GIN NGA 057", "NGA GIN 057"}},
		{"subject the two countries", "NIGERIA, GUINEA SET UP IRON ORE FIRM", "The iron ore project will start in 1990.\n\nThe two countries signed an agreement on Monday.", []string{"GIN NGA 057", "NGA GIN 057"}},
		// Silent.
		{"both sides of the border", "NIGERIA, GUINEA SET UP IRON ORE FIRM", "The iron ore project will start in 1990.\n\nFarmers on both sides of the border signed an agreement on Monday.", nil},
		{"three joined", "NIGERIA, GUINEA AND LIBERIA SET UP IRON ORE FIRM", text, nil},
		{"one country", "NIGERIA SETS UP IRON ORE FIRM", text, nil},
		{"countries named apart", "NIGERIA SAYS IRON ORE FIRM WILL SELL TO GUINEA", text, nil},
		{"a third party near", "NIGERIA, GUINEA SET UP IRON ORE FIRM", "Liberia will fund the iron ore project.\n\nAn agreement between the two countries was signed on Monday.", nil},
		{"no headline", "", text, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := p.Code(context.Background(), annals.Article{ID: tc.name, Date: "1987-03-02", Title: tc.title, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range r.Events {
				if r.Sentences[e.Sentence].Title || e.Target == nil {
					continue
				}
				got = append(got, e.Source.Code+" "+e.Target.Code+" "+e.Code)
			}
			slices.Sort(got)
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("%q / %q codes %v, want %v", tc.title, tc.text, got, tc.want)
			}
		})
	}
}
