package when

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/text"
)

// TestHeadWords reads the words lookup knows from its source and checks
// that headWords spells exactly those without a digit that isHead
// accepts, so that a keyword added to lookup cannot slip past the
// prefilter.
func TestHeadWords(t *testing.T) {
	var want []string
	for _, w := range lookupWords(t) {
		if isHead(lookup(w)) && !strings.ContainsAny(w, "0123456789") {
			want = append(want, w)
		}
	}
	if len(want) < 50 {
		t.Fatalf("found only %d head words in lookup's source", len(want))
	}
	got := slices.Clone(headWords)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("headWords %v\nwant (from lookup) %v", got, want)
	}
	for _, w := range want {
		if !mayHaveTime("on " + strings.ToUpper(w[:1]) + w[1:] + ".") {
			t.Errorf("mayHaveTime misses head word %q", w)
		}
	}
}

func TestMayHaveTime(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The spokesman said the talks would go on.", false},
		{"It was a good start for the party.", false},
		{"He left on Tuesday.", true},
		{"shares rose in MID-MARCH trading", true},
		{"third-quarter profits", true},
		{"Q3 results", true},
		{"revenue of 1.5 mln dlrs", false},
		{"up 15 pct to 155,221 bags, the 1st rise", false},
		{"at 6am", false},
		{"in 1987", true},
		{"the 1990s", true},
		{"the mid-80s", true},
		{"since '82", true},
		{"since ’82", true},
		{"the 1987-88 season", true},
		{"on 10/13/2021", true},
		{"A300 jets", true},
		{"Zürich2 units", true},
		{"Mayday and Marches", false},
		{"(May)", true},
		{"Zürich—May talks", true},
		{"the naïve daysman", false},
		{"", false},
	} {
		if got := mayHaveTime(c.s); got != c.want {
			t.Errorf("mayHaveTime(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestMayHaveTimeCorpora checks the prefilter against the full scan over
// every sentence of Reuters and Wikinews: a sentence it skips has no
// number that timeNumber accepts and no head keyword among its tokens,
// and the resolver, run without the prefilter, finds no time in it.
func TestMayHaveTimeCorpora(t *testing.T) {
	seg := text.New()
	pub := time.Date(1987, time.March, 4, 0, 0, 0, 0, time.UTC)
	var all, skipped int
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			doc := &annals.Doc{Article: a}
			if seg.Annotate(context.Background(), doc) != nil {
				return true
			}
			for _, sent := range doc.Sentences {
				src := doc.Text
				if sent.Title {
					src = doc.Title
				}
				s := src[sent.Start:sent.End]
				all++
				if mayHaveTime(s) {
					continue
				}
				skipped++
				toks := tokenize(s, nil)
				for _, tk := range toks {
					if tk.kind == tNum && timeNumber(&tk) || tk.kind == tWord && isHead(tk.id) {
						t.Errorf("%s: skipped %q holds %q", a.ID, s, s[tk.start:tk.end])
					}
				}
				if got := findAll(s, pub, toks); len(got) > 0 {
					t.Errorf("%s: skipped %q, where the full scan finds %v", a.ID, s, got)
				}
			}
			return !t.Failed()
		})
	}
	if skipped == 0 || skipped == all {
		t.Errorf("the prefilter skipped %d of %d sentences", skipped, all)
	}
}

// findAll runs the grammar over the tokens toks of s, as find does past
// the prefilter.
func findAll(s string, pub time.Time, toks []tok) []annals.Time {
	y, mo, d := pub.Date()
	m := matcher{s: s, toks: toks, has: true, py: y, pm: int(mo), pd: d}
	var out []annals.Time
	for i := range toks {
		if h, ok := m.match(i); ok && h.v.ok() {
			out = append(out, record(s, int(toks[i].start), int(toks[h.end-1].end), h.v))
		}
	}
	return out
}
