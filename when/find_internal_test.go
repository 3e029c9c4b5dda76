package when

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/corpus"
	"github.com/annals-project/annals/text"
)

// findEveryKeyword is find as it was before opens: it tries match at
// every number and at every keyword, whether or not the keyword can open
// an expression. It is the reference for TestOpensExpr.
func findEveryKeyword(s string, pub pubDay, dst []annals.Time, doc *annals.Doc, si int, day *value) []annals.Time {
	if !mayHaveTime(s) {
		return dst
	}
	toks := tokenize(s, nil)
	m := matcher{s: s, toks: toks, doc: doc, si: si}
	m.has, m.py, m.pm, m.pd = pub.has, pub.y, pub.m, pub.d
	if day != nil {
		m.anchor = *day
	}
	for i := 0; i < len(toks); {
		if t := &toks[i]; t.kind == tPunct || t.kind == tWord && t.id == wNone {
			i++
			continue
		}
		h, ok := m.match(i)
		if !ok || !h.v.ok() {
			i++
			continue
		}
		m.prev, m.prevEnd = h.v, h.end
		if h.v.k == vDay && m.near(h.v) {
			m.anchor = h.v
		}
		start, last := int(toks[i].start), &toks[h.end-1]
		if h.v.k == vYearPair {
			mid := int(last.start) + int(last.glen[0])
			dst = append(dst, record(s, start, mid, value{k: vYear, y: h.v.y}))
			dst = append(dst, record(s, mid+1, int(last.end), value{k: vYear, y: h.v.m}))
		} else {
			dst = append(dst, record(s, start, int(last.end), h.v))
		}
		i = h.end
	}
	if day != nil {
		*day = m.anchor
	}
	return dst
}

// TestOpensExpr checks that find, which tries match only at keywords that
// opensExpr admits, finds the same times and carries the same anchor day
// as the reference that tries every keyword, over every sentence of
// Reuters and Wikinews.
func TestOpensExpr(t *testing.T) {
	seg := text.New()
	r := New()
	var times int
	pub := pubDayOf(time.Date(1987, time.March, 4, 0, 0, 0, 0, time.UTC))
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		corpus.Each(t, name, func(a annals.Article) bool {
			doc := &annals.Doc{Article: a}
			if seg.Annotate(context.Background(), doc) != nil {
				return true
			}
			var day, dayRef value
			for si, sent := range doc.Sentences {
				src := doc.Text
				if sent.Title {
					src = doc.Title
				}
				s := src[sent.Start:sent.End]
				got, _ := r.find(s, pub, nil, doc, si, &day, nil)
				want := findEveryKeyword(s, pub, nil, doc, si, &dayRef)
				if !slices.Equal(got, want) || day != dayRef {
					t.Errorf("%s: %q: find gives %v (anchor %v), want %v (anchor %v)", a.ID, s, got, day, want, dayRef)
				}
				times += len(got)
			}
			return !t.Failed()
		})
	}
	if times == 0 {
		t.Error("no times found")
	}
}

// TestOpens checks opens word by word: no entry for a word that is no
// keyword, and one for the words that open expressions.
func TestOpens(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"march", true}, {"on", true}, {"the", true}, {"end", true}, {"a", true},
		{"first", true}, {"q3", true}, {"fiscal", true}, {"mid", true}, {"last", true},
		{"said", false}, {"to", false}, {"year", false}, {"of", false}, {"ago", false},
		{"his", false}, {"will", false}, {"same", false}, {"company", false},
	} {
		if got := opens[lookup(c.w)]; got != c.want {
			t.Errorf("opens[%q] = %v, want %v", c.w, got, c.want)
		}
	}
}
