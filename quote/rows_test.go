package quote_test

import (
	"testing"

	"github.com/annals-project/annals/quote"
)

// findRow is one row of a Find table: the subtest's name, the text, and
// the quotes Find must return, in order.
type findRow struct {
	name string
	in   string
	want []want
}

// checkRows runs each row as a subtest of t with one Finder, checking
// every quote's strings and spans. The rounds' tables share it so that a
// row is held to the same checks whichever round added it.
func checkRows(t *testing.T, rows []findRow) {
	t.Helper()
	f := quote.New()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			got := f.Find(tt.in, nil)
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) found %d quotes, want %d: %+v", tt.in, len(got), len(tt.want), got)
			}
			for i, g := range got {
				w := tt.want[i]
				have := want{tt.in[g.Start:g.End], g.Kind, g.Cue, g.Speaker, g.Name}
				if have != w {
					t.Errorf("quote %d:\n got %+v\nwant %+v", i, have, w)
				}
				checkSpans(t, tt.in, g)
			}
		})
	}
}
