package when

import (
	"context"
	"fmt"
	"time"

	"github.com/annals-project/annals"
)

// Resolver finds temporal expressions and resolves them against a
// publication date. It holds no state, so one Resolver is safe for
// concurrent use by any number of goroutines.
type Resolver struct{}

// New returns a Resolver.
func New() *Resolver { return &Resolver{} }

var _ annals.Stage = (*Resolver)(nil)

// stackToks is how many tokens a sentence may have before the scanner's
// scratch space moves from the stack to the heap.
const stackToks = 128

// Find scans the sentence s and appends to dst every temporal expression it
// finds, in order and without overlaps. Each record has the expression's
// text (with a leading preposition such as "on" or "in" when there is
// one), its byte offsets into s and its TIMEX3-style value; Sentence is
// left for the caller. A zero pub means the publication date is unknown:
// relative expressions are then skipped and only absolute dates are found.
// Find allocates only for the expressions it appends.
func (r *Resolver) Find(s string, pub time.Time, dst []annals.Time) []annals.Time {
	var scratch [stackToks]tok
	toks := tokenize(s, scratch[:0])
	m := matcher{s: s, toks: toks}
	if !pub.IsZero() {
		y, mo, d := pub.Date()
		m.has, m.py, m.pm, m.pd = true, y, int(mo), d
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
		start, last := int(toks[i].start), &toks[h.end-1]
		if h.v.k == vYearPair {
			// 2001-2021: two years, each with its own offsets.
			mid := int(last.start) + int(last.glen[0])
			dst = append(dst, record(s, start, mid, value{k: vYear, y: h.v.y}))
			dst = append(dst, record(s, mid+1, int(last.end), value{k: vYear, y: h.v.m}))
		} else {
			dst = append(dst, record(s, start, int(last.end), h.v))
		}
		i = h.end
	}
	return dst
}

func record(s string, start, end int, v value) annals.Time {
	return annals.Time{Text: s[start:end], Value: v.String(), Start: start, End: end}
}

// Annotate finds the temporal expressions of every sentence of doc,
// resolved against doc.Pub, and appends them to doc.Times with offsets into
// the article (into the title for a title sentence). It returns an error
// with code EINVALID when a sentence's offsets fall outside its text, and
// the context's error, wrapped, when ctx is done.
func (r *Resolver) Annotate(ctx context.Context, doc *annals.Doc) error {
	for i, sent := range doc.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("when: %w", err)
			}
		}
		src := doc.Text
		if sent.Title {
			src = doc.Title
		}
		if sent.Start < 0 || sent.Start > sent.End || sent.End > len(src) {
			return annals.Errorf(annals.EINVALID, "when: sentence %d: offsets %d..%d outside text of %d bytes", i, sent.Start, sent.End, len(src))
		}
		n := len(doc.Times)
		doc.Times = r.Find(src[sent.Start:sent.End], doc.Pub, doc.Times)
		for k := n; k < len(doc.Times); k++ {
			t := &doc.Times[k]
			t.Start += sent.Start
			t.End += sent.Start
			t.Sentence = i
		}
	}
	return nil
}
