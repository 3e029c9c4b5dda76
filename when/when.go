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

// stackTimes is how many times an article may have before Annotate's
// scratch space for them moves from the stack to the heap.
const stackTimes = 16

// Find scans the sentence s and appends to dst every temporal expression it
// finds, in order and without overlaps. Each record has the expression's
// text (with a leading preposition such as "on" or "in" when there is
// one), its byte offsets into s and its TIMEX3-style value; Sentence is
// left for the caller. A zero pub means the publication date is unknown:
// relative expressions are then skipped and only absolute dates are found.
// Find allocates only for the expressions it appends.
func (r *Resolver) Find(s string, pub time.Time, dst []annals.Time) []annals.Time {
	var scratch [stackToks]tok
	dst, _ = r.find(s, pubDayOf(pub), dst, nil, 0, nil, scratch[:0])
	return dst
}

// pubDay is a publication date's year, month and day, worked out once
// per article rather than once per sentence; has is false when the date
// is unknown.
type pubDay struct {
	has     bool
	y, m, d int
}

func pubDayOf(pub time.Time) pubDay {
	if pub.IsZero() {
		return pubDay{}
	}
	y, m, d := pub.Date()
	return pubDay{true, y, int(m), d}
}

// find is Find with the tense of the clauses of sentence si of doc, when
// doc is not nil, and the article's last day near publication, when day is
// not nil: it anchors "the day" and "the same day", and find updates it.
// The tenses are worked out only when a bare expression asks for them,
// which few sentences have. The sentence's tokens are appended to buf[:0],
// returned so that the next sentence reuses the room; a sentence with no
// digit and no head word (see mayHaveTime) is not tokenized at all.
func (r *Resolver) find(s string, pub pubDay, dst []annals.Time, doc *annals.Doc, si int, day *value, buf []tok) ([]annals.Time, []tok) {
	if !mayHaveTime(s) {
		return dst, buf[:0]
	}
	toks := tokenize(s, buf[:0])
	m := matcher{s: s, toks: toks, doc: doc, si: si}
	m.has, m.py, m.pm, m.pd = pub.has, pub.y, pub.m, pub.d
	if day != nil {
		m.anchor = *day
	}
	for i := 0; i < len(toks); {
		if t := &toks[i]; t.kind == tPunct || t.kind == tWord && !opens[t.id] {
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
			// 2001-2021: two years, each with its own offsets.
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
	return dst, toks
}

func record(s string, start, end int, v value) annals.Time {
	return annals.Time{Text: s[start:end], Value: v.String(), Start: start, End: end}
}

// Annotate finds the temporal expressions of every sentence of doc,
// resolved against doc.Pub, and appends them to doc.Times with offsets into
// the article (into the title for a title sentence). When the tagger has
// run, the tense of the clause holding a bare weekday, month, date, season
// or quarter picks its direction: forward after a future or intending verb
// ("will meet on Friday", "plans to vote in March"), back after a plain past
// ("was arrested on March 3", however long ago). It returns an error
// with code EINVALID when a sentence's offsets fall outside its text, and
// the context's error, wrapped, when ctx is done.
func (r *Resolver) Annotate(ctx context.Context, doc *annals.Doc) error {
	var day value // the last day named near publication, for "the day"
	// One scratch space for every sentence's tokens, cleared once per
	// article rather than once per sentence.
	var scratch [stackToks]tok
	buf := scratch[:0]
	// The article's times gather on the stack and go to doc.Times in one
	// append at the end, rather than growing it from nothing one by one.
	var timeScratch [stackTimes]annals.Time
	times := timeScratch[:0]
	pub := pubDayOf(doc.Pub)
	for i, sent := range doc.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				doc.Times = append(doc.Times, times...)
				return fmt.Errorf("when: %w", err)
			}
		}
		src := doc.Text
		if sent.Title {
			src = doc.Title
		}
		if sent.Start < 0 || sent.Start > sent.End || sent.End > len(src) {
			doc.Times = append(doc.Times, times...)
			return annals.Errorf(annals.EINVALID, "when: sentence %d: offsets %d..%d outside text of %d bytes", i, sent.Start, sent.End, len(src))
		}
		n := len(times)
		times, buf = r.find(src[sent.Start:sent.End], pub, times, doc, i, &day, buf)
		for k := n; k < len(times); k++ {
			t := &times[k]
			t.Start += sent.Start
			t.End += sent.Start
			t.Sentence = i
		}
	}
	if len(times) > 0 {
		doc.Times = append(doc.Times, times...)
	}
	return nil
}

// clauseTense is the direction one verb group gives the bare expressions
// of its clause, with the byte offsets, in its sentence, of the verb and
// of the clause.
type clauseTense struct {
	verb       int32
	start, end int32 // the clause
	dir        int8  // 1 forward, -1 back, 0 no verdict
}

// forwardModals are the modalities that put an event after the time of
// speaking, and so a bare month or weekday ahead of publication.
var forwardModals = map[string]bool{
	"will": true, "shall": true, "would": true, "be going to": true, "plan to": true,
	"intend to": true, "expect to": true, "aim to": true, "be to": true, "promise to": true,
	"pledge to": true, "vow to": true, "prepare to": true, "hope to": true, "propose to": true,
	"may": true, "might": true, "should": true, "must": true,
}

// tensesOf appends the verdict of each verb group of sentence si, with
// byte offsets into the sentence: forward for a future or intending verb,
// back for a plain past one, none otherwise.
func tensesOf(doc *annals.Doc, si int, dst []clauseTense) []clauseTense {
	if len(doc.Verbs) == 0 || len(doc.Clauses) == 0 {
		return dst
	}
	sent := doc.Sentences[si]
	for vi := range doc.Verbs {
		v := &doc.Verbs[vi]
		if v.Tokens.Start < sent.Tokens.Start || v.Tokens.Start >= sent.Tokens.End || v.Clause < 0 || v.Clause >= len(doc.Clauses) {
			continue
		}
		c := doc.Clauses[v.Clause].Tokens
		if c.Start < sent.Tokens.Start || c.End > sent.Tokens.End || c.Len() <= 0 || len(dst) == cap(dst) {
			continue
		}
		var dir int8
		switch {
		case v.Tense == annals.Future || v.Modal != "" && forwardModals[v.Modal]: // most verbs have no modal, and "" is none
			dir = 1
		case v.Tense == annals.Past && v.Modal == "":
			dir = -1
		}
		off := int32(sent.Start)
		dst = append(dst, clauseTense{
			verb:  int32(doc.Tokens[v.Tokens.Start].Start) - off,
			start: int32(doc.Tokens[c.Start].Start) - off,
			end:   int32(doc.Tokens[c.End-1].End) - off,
			dir:   dir,
		})
	}
	return dst
}
