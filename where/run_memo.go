package where

import (
	"context"

	annals "github.com/annals-project/annals"
)

// runMemo remembers, for one article, what run answered at each token:
// the rules tried on a capitalised word each measure its run first, so
// most runs would be measured many times. The answer depends only on
// the article's tokens, which no rule of this stage changes.
type runMemo struct {
	// rec is the article's view of the shared Recognizer: a copy whose
	// runs field points back here, so that the rules reach the memo
	// through their receiver with no new argument.
	rec Recognizer
	// ends holds run's answers by token.
	ends []runAnswer
}

// runAnswer is one remembered run: one more than its end (0: not yet
// asked), and the sentence it was asked in.
type runAnswer struct{ end, si int32 }

// annotateMemo runs annotate for doc on a per-article copy of r that
// carries a run memo, drawn from r's pool (so that its slice, grown to
// the longest article seen, is reused) and given back after.
func (r *Recognizer) annotateMemo(ctx context.Context, doc *annals.Doc) error {
	m := r.memos.Get().(*runMemo)
	m.rec = *r
	m.rec.runs = m
	if cap(m.ends) < len(doc.Tokens) {
		m.ends = make([]runAnswer, len(doc.Tokens))
	} else {
		m.ends = m.ends[:len(doc.Tokens)]
		clear(m.ends)
	}
	err := m.rec.annotate(ctx, doc)
	m.rec = Recognizer{}
	r.memos.Put(m)
	return err
}

// runEnd is run(doc, si, j), remembered by token when r carries a memo.
func (r *Recognizer) runEnd(doc *annals.Doc, si, j int) int {
	m := r.runs
	s := &doc.Sentences[si]
	if m == nil || j < s.Tokens.Start || j >= s.Tokens.End {
		return run(doc, si, j)
	}
	if a := m.ends[j]; a.end > 0 && int(a.si) == si {
		return int(a.end) - 1
	}
	e := run(doc, si, j)
	m.ends[j] = runAnswer{end: int32(e + 1), si: int32(si)}
	return e
}
