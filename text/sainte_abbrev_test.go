package text

import (
	"context"
	"testing"

	"github.com/annals-project/annals"
)

// TestSainteAbbrev checks that "Ste.", French Sainte before a place's
// name ("Ste. Therese, Quebec"), is one token and ends no sentence, as
// "St." does; a full stop after other words still ends one.
func TestSainteAbbrev(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"It will build cars at Ste. Therese, Quebec.", []string{"It will build cars at Ste. Therese, Quebec."}},
		{"Output moves to Ste. Therese from Oshawa.", []string{"Output moves to Ste. Therese from Oshawa."}},
		{"It will build cars at St. Jerome. Output rose.", []string{"It will build cars at St. Jerome.", "Output rose."}},
		{"They met in Paris. Talks ended.", []string{"They met in Paris.", "Talks ended."}},
	}
	for _, tt := range tests {
		d := &annals.Doc{Article: annals.Article{ID: "t", Text: tt.in}}
		if err := New().Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range d.Sentences {
			got = append(got, tt.in[s.Start:s.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: sentences %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: sentences %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}
