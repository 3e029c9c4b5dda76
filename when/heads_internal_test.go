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
		{"Prices may ease as workers march", false},
		{"the august body of the sept", false},
		{"It may rise in May", true},
		{"MAY rise", true},
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
					if tk.kind == tNum && timeNumber(&tk) || tk.kind == tWord && headToken(tk.id, tk.flags&fCap != 0) {
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

// TestLowerMonthNoHead checks headToken's exclusion of lower-case month
// names: in settings where the capitalised month is found, the full scan
// takes no lower-case one into a time, and a sentence whose only head
// would be one is skipped.
func TestLowerMonthNoHead(t *testing.T) {
	pub := time.Date(1987, time.March, 4, 0, 0, 0, 0, time.UTC)
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
	for _, tmpl := range []string{
		"It closed in %s 1986.", "It closed on %s 3.", "It closed on 3 %s.", "It closed %s 3, 1986.",
		"It closed last %s.", "It closed in mid-%s.", "It closed on Tuesday, %s 3.",
		"It closed from %s to June 1986.", "It closed from January to %s 1986.",
		"It closed in early %s.", "It closed in the %s of 1986.", "It closed in %s.",
	} {
		checked := 0
		for _, m := range months {
			capital := strings.Replace(tmpl, "%s", strings.ToUpper(m[:1])+m[1:], 1)
			lower := strings.Replace(tmpl, "%s", m, 1)
			at := strings.Index(lower, m)
			found := findAll(capital, pub, tokenize(capital, nil))
			if len(found) == 0 {
				continue // no time here even capitalised
			}
			checked++
			for _, f := range findAll(lower, pub, tokenize(lower, nil)) {
				if f.Start < at+len(m) && at < f.End {
					t.Errorf("%q: lower-case %q taken into %q", lower, m, f.Text)
				}
			}
			if !mayHaveTime(capital) {
				t.Errorf("mayHaveTime(%q) = false", capital)
			}
			if !strings.ContainsAny(lower, "0123456789") && !strings.Contains(lower, "June") &&
				!strings.Contains(lower, "January") && !strings.Contains(lower, "Tuesday") && mayHaveTime(lower) {
				t.Errorf("mayHaveTime(%q) = true, with no head but a lower-case month", lower)
			}
		}
		if checked == 0 {
			t.Errorf("%q: no month found even capitalised", tmpl)
		}
	}
}
