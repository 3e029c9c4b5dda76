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
	// marks holds each sentence's sentenceMarks, 0 until annotate
	// reaches the sentence.
	marks []sentenceMarks
	// classes holds each token's tokenClass, written by annotate as it
	// reaches the token's sentence.
	classes []tokenClass
	// buf is annotate's scratch for folded keys, kept from one article
	// to the next so that it is not grown afresh for each.
	buf []byte
	// spans and towns are annotate's lists of names, kept as buf is: grown
	// afresh for each article they were a fifth of the bytes where
	// allocated in a batch run (issue 2).
	spans, towns []span
	// slips holds g.fuzzy's answers by key (see slipOf). Unlike the rest,
	// it outlives the article: fuzzy reads only the shared gazetteer, and
	// the same unknown long names recur from one article to the next.
	slips map[string]int32
}

// maxSlips bounds a memo's slips: past it they are forgotten and
// gathered afresh, so that a long run keeps no more than a few hundred
// kilobytes of keys.
const maxSlips = 4096

// runAnswer is one remembered run: its end, and one more than the
// sentence it was asked in (0: not yet asked).
type runAnswer struct{ end, si1 int32 }

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
	if cap(m.marks) < len(doc.Sentences) {
		m.marks = make([]sentenceMarks, len(doc.Sentences))
	} else {
		m.marks = m.marks[:len(doc.Sentences)]
		clear(m.marks)
	}
	if cap(m.classes) < len(doc.Tokens) {
		m.classes = make([]tokenClass, len(doc.Tokens))
	} else {
		m.classes = m.classes[:len(doc.Tokens)]
	}
	err := m.rec.annotate(ctx, doc)
	m.rec = Recognizer{}
	r.memos.Put(m)
	return err
}

// keepScratch gives buf, spans and towns, annotate's scratch grown for
// this article, back to the memo for the next article, when r carries
// one. The spans are cleared, so the memo keeps none of their strings.
func (r *Recognizer) keepScratch(buf []byte, spans, towns []span) {
	if r.runs != nil {
		clear(spans[:cap(spans)])
		clear(towns[:cap(towns)])
		r.runs.buf, r.runs.spans, r.runs.towns = buf, spans[:0], towns[:0]
	}
}

// runEnd is run(doc, si, j), remembered by token when r carries a memo.
// A remembered answer is read before the sentence is: most asks are so
// answered, and an answer is remembered only for a token of its own
// sentence, so a token outside sentence si never matches si.
func (r *Recognizer) runEnd(doc *annals.Doc, si, j int) int {
	m := r.runs
	if m != nil && uint(j) < uint(len(m.ends)) {
		if a := m.ends[j]; int(a.si1) == si+1 {
			return int(a.end)
		}
	}
	s := &doc.Sentences[si]
	if m == nil || j < s.Tokens.Start || j >= s.Tokens.End {
		return run(doc, si, j)
	}
	e, whole := runSpan(doc, si, j)
	a := runAnswer{end: int32(e), si1: int32(si + 1)}
	m.ends[j] = a
	// The capitalised words inside a stretch that ended of itself have
	// its end for theirs (see runSpan), and the rules ask most of them
	// next, the words of a name each in turn.
	if whole {
		for k := j + 1; k < e; k++ {
			if capital(&doc.Tokens[k]) {
				m.ends[k] = a
			}
		}
	}
	return e
}

// slipOf is r.g.fuzzy(string(key)), remembered by key when r carries a
// memo: a slip search costs thousands of instructions, and a long name
// the gazetteer lacks ("Ministry of Finance", a company's) is tried once
// for each rule that matches at it, and again in the next article that
// names it. fuzzy depends only on the key and the gazetteer, which no
// article changes, so a remembered answer is the one it would give.
func (r *Recognizer) slipOf(key []byte) int32 {
	var scratch [64]byte
	m := r.runs
	if m == nil {
		return r.g.fuzzy(string(key), scratch[:0])
	}
	if p, ok := m.slips[string(key)]; ok {
		return p
	}
	p := r.g.fuzzy(string(key), scratch[:0])
	if m.slips == nil || len(m.slips) >= maxSlips {
		m.slips = make(map[string]int32)
	}
	m.slips[string(key)] = p
	return p
}

// sentenceMarks records which rare tokens a sentence holds, each of
// which one rule of the chain tried on every capitalised word needs
// somewhere in the sentence: one scan per sentence (classify's) lets the
// rule skip the words of a sentence that lacks it, instead of each word
// looking. The last two marks let scans of the whole article skip
// sentences likewise.
type sentenceMarks uint16

const (
	marksKnown        sentenceMarks = 1 << iota // the sentence was scanned
	markSlash                                   // "/" (slashLeg)
	markVs                                      // "vs" (figureBreakdown)
	markPossessive                              // "'s" or "'" (ownFigure)
	markDigit                                   // a token with a digit flag (comparedFigure)
	markCommaThe                                // ", the" (apposedStop)
	markAreaNounAfter                           // a lower-case word of areaNounsAfter (areaNoun)
	markProvince                                // a lower-case "province" or "provinces" (provinceNames)
	markGovernor                                // a word of governorWords (governedKeys)
	markSubjectVerb                             // a word of subjectVerbWords (the subject rules)
	markCalledNoun                              // a word of calledNouns (calledMarket)
)

// sentenceMay reports whether sentence si may hold a token of any mark
// of want: false is certain. It is small enough to be inlined in the
// rules, and so only reads the marks annotate records as it reaches each
// sentence; a sentence not yet reached, or a Recognizer without a memo,
// says true, and the rules look for themselves.
func (r *Recognizer) sentenceMay(si int, want sentenceMarks) bool {
	m := r.runs
	if m == nil || uint(si) >= uint(len(m.marks)) {
		return true
	}
	got := m.marks[si]
	return got == 0 || got&want != 0
}

// marksFor returns sentence si's marks as sentenceMay reads them: a mark
// m is in them exactly when sentenceMay(si, m) says true, every mark for
// a sentence not yet reached or a Recognizer without a memo. nameRules
// reads them once for the several rules it tests.
func (r *Recognizer) marksFor(si int) sentenceMarks {
	m := r.runs
	if m == nil || uint(si) >= uint(len(m.marks)) || m.marks[si] == 0 {
		return ^sentenceMarks(0)
	}
	return m.marks[si]
}
