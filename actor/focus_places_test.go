package actor_test

import (
	"context"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/pipeline"
)

// TestFocusDatedPlace checks that a place the gazetteer scores as today's
// country ("the Soviet Union" as Russia) counts towards an article's focus
// country as the actor layer codes the same words at the article's date
// (SUN until the union ended), so one state is not counted as two; and
// that a republic of a federation, a place, is left out of the count, so
// the union stays the country the story is about.
func TestFocusDatedPlace(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, date, title, text, want string
		place                         string // a place the text must name, as name/ISO3
	}{
		{"soviet union before 1992", "1987-04-07", "", "Wheat prices rose sharply last year.\n\nMore wheat was shipped to the Soviet Union in March.\n\nGrain was also shipped to the Soviet Union in April.", "SUN", "Russia/RUS"},
		{"ussr before 1992", "1987-04-07", "", "Timber prices rose sharply last year.\n\nMore timber was shipped to the USSR in March.\n\nPulp was also shipped to the USSR in April.", "SUN", "Russia/RUS"},
		{"after the union ended", "1995-04-07", "", "Wheat prices rose sharply last year.\n\nMore wheat was shipped to the Soviet Union in March.\n\nGrain was also shipped to the Soviet Union in April.", "RUS", "Russia/RUS"},
		{"russia stays russia", "1987-04-07", "", "Wheat prices rose sharply last year.\n\nMore wheat was shipped to Russia in March.\n\nGrain was also shipped to Russia in April.", "RUS", "Russia/RUS"},
		{"a headline's name by its other mention", "1987-03-03", "SANDOZ PLANS WEEDKILLER JOINT VENTURE IN USSR", "Sandoz AG said it planned a joint venture to produce herbicides in the Soviet Union.", "SUN", "Russia/RUS"},
		{"a federation's republic is a place but not the focus", "1987-04-07", "", "Pravda said grain losses in the Soviet Union rose last year.\n\nThe situation was particularly bad in the Central Asian republic of Kazakhstan, which has been criticised.\n\nKazakhstan's farms lost more grain in March.", "SUN", "Kazakhstan/KAZ"},
		{"a capital keeps its place's country", "1987-04-07", "", "Wheat prices rose sharply last year.\n\nMore wheat was shipped to Moscow in March.\n\nGrain was also shipped to Moscow in April.", "RUS", "Moscow/RUS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := new(annals.Doc)
			doc.Reset(annals.Article{ID: "t", Date: tc.date, Title: tc.title, Text: tc.text})
			if doc.Pub, err = time.Parse(time.DateOnly, tc.date); err != nil {
				t.Fatal(err)
			}
			if err := p.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, pl := range doc.Places {
				found = found || pl.Name+"/"+pl.Country == tc.place
			}
			if !found {
				t.Fatalf("%q: no place %s in %+v", tc.text, tc.place, doc.Places)
			}
			if got := actor.FocusCountry(doc); got != tc.want {
				t.Errorf("%q: focus %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
