package event

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/annals-project/annals"
)

// TestIndexClausesWindow checks that indexClauses, walking the clauses
// along with the sentences, gives each token the innermost clause that a
// visit of every clause gives: for clauses in order of their first token,
// nested, spanning sentences or empty, and for clauses out of order.
func TestIndexClausesWindow(t *testing.T) {
	cl := func(s, e int) annals.Clause { return annals.Clause{Tokens: annals.Range{Start: s, End: e}} }
	sp := func(s, e int) annals.Range { return annals.Range{Start: s, End: e} }
	cases := []struct {
		name    string
		sents   []annals.Range
		clauses []annals.Clause
	}{
		{"nested", []annals.Range{sp(0, 6), sp(6, 12)}, []annals.Clause{cl(0, 6), cl(2, 5), cl(6, 12), cl(8, 10), cl(8, 10)}},
		{"across sentences", []annals.Range{sp(0, 4), sp(4, 8), sp(8, 12)}, []annals.Clause{cl(0, 10), cl(1, 3), cl(5, 6), cl(9, 12)}},
		{"empty and gaps", []annals.Range{sp(0, 3), sp(3, 9), sp(9, 10)}, []annals.Clause{cl(1, 1), cl(4, 5), cl(5, 5), cl(6, 9)}},
		{"out of order", []annals.Range{sp(0, 5), sp(5, 10)}, []annals.Clause{cl(6, 9), cl(0, 5), cl(7, 8), cl(1, 2)}},
		{"none", []annals.Range{sp(0, 5)}, nil},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200; n++ {
		var sents []annals.Range
		for s := 0; s < 40; {
			e := s + 1 + r.IntN(8)
			sents = append(sents, annals.Range{Start: s, End: e})
			s = e
		}
		var clauses []annals.Clause
		for k := r.IntN(12); k > 0; k-- {
			s := r.IntN(45)
			clauses = append(clauses, cl(s, s+r.IntN(12)))
		}
		if n%2 == 0 {
			slices.SortStableFunc(clauses, func(a, b annals.Clause) int { return a.Tokens.Start - b.Tokens.Start })
		}
		cases = append(cases, struct {
			name    string
			sents   []annals.Range
			clauses []annals.Clause
		}{"random", sents, clauses})
	}
	for _, c := range cases {
		doc := &annals.Doc{Clauses: c.clauses}
		win := clauseWindow{sorted: slices.IsSortedFunc(c.clauses, func(a, b annals.Clause) int { return a.Tokens.Start - b.Tokens.Start })}
		for _, s := range c.sents {
			got := sentCtx{doc: doc, start: s.Start, end: s.End, clauses: &win}
			got.indexClauses()
			want := sentCtx{doc: doc, start: s.Start, end: s.End}
			want.indexClauses()
			if !slices.Equal(got.clauseOf, want.clauseOf) {
				t.Fatalf("%s: sentence %v of clauses %v: clauseOf %v, want %v", c.name, s, c.clauses, got.clauseOf, want.clauseOf)
			}
		}
	}
}
