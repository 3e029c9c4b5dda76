package text_test

import (
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// checkTokens checks tokens of src: in range, non-empty, ordered, not
// overlapping, not starting or ending with whitespace, with a Norm.
func checkTokens(tb testing.TB, src string, toks []annals.Token) {
	tb.Helper()
	prev := int32(0)
	for i, t := range toks {
		if t.Start < prev || t.End <= t.Start || int(t.End) > len(src) {
			tb.Fatalf("token %d [%d,%d) out of order or range (previous end %d, len %d)", i, t.Start, t.End, prev, len(src))
		}
		prev = t.End
		if t.Norm == "" {
			tb.Errorf("token %d %q has no Norm", i, src[t.Start:t.End])
		}
		text := src[t.Start:t.End]
		if !utf8.ValidString(text) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(text)
		last, _ := utf8.DecodeLastRuneInString(text)
		if isWS(first) || isWS(last) {
			tb.Errorf("token %d %q has surrounding whitespace", i, text)
		}
	}
}

func isWS(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xA0, 0x2009, 0x202F, 0x3000:
		return true
	}
	return false
}

// checkDoc checks the layers Annotate builds on a fresh Doc.
func checkDoc(tb testing.TB, d *annals.Doc) {
	tb.Helper()
	next := 0 // next token index a sentence must start at
	for i, s := range d.Sentences {
		src := d.SourceOf(i)
		if s.Title != (i == 0 && d.Title != "" && s.Para == -1) {
			tb.Fatalf("sentence %d: Title %v, Para %d", i, s.Title, s.Para)
		}
		if s.Tokens.Start != next || s.Tokens.Len() <= 0 || s.Tokens.End > len(d.Tokens) {
			tb.Fatalf("sentence %d tokens %v, want to start at %d and be non-empty", i, s.Tokens, next)
		}
		next = s.Tokens.End
		toks := d.Tokens[s.Tokens.Start:s.Tokens.End]
		checkTokens(tb, src, toks)
		if s.Start != int(toks[0].Start) || s.End != int(toks[len(toks)-1].End) {
			tb.Errorf("sentence %d [%d,%d) does not match its tokens [%d,%d)", i, s.Start, s.End, toks[0].Start, toks[len(toks)-1].End)
		}
		for j, t := range toks {
			if t.Has(annals.SentStart) != (j == 0) {
				tb.Errorf("sentence %d token %d: SentStart %v", i, j, t.Has(annals.SentStart))
			}
		}
		if s.Title {
			continue
		}
		if s.Para < 0 || s.Para >= len(d.Paragraphs) {
			tb.Fatalf("sentence %d: paragraph %d of %d", i, s.Para, len(d.Paragraphs))
		}
		p := d.Paragraphs[s.Para]
		if s.Start < p.Start || s.End > p.End {
			tb.Errorf("sentence %d [%d,%d) crosses paragraph %d %v", i, s.Start, s.End, s.Para, p)
		}
		if i > 0 && !d.Sentences[i-1].Title {
			if prev := d.Sentences[i-1]; prev.End > s.Start || prev.Para > s.Para || s.Para > prev.Para+1 {
				tb.Errorf("sentence %d [%d,%d) para %d after [%d,%d) para %d", i, s.Start, s.End, s.Para, prev.Start, prev.End, prev.Para)
			}
		}
		if toks[0].Has(annals.ParaStart) != (s.Start == p.Start) {
			tb.Errorf("sentence %d: ParaStart %v at paragraph start %v", i, toks[0].Has(annals.ParaStart), s.Start == p.Start)
		}
	}
	if next != len(d.Tokens) {
		tb.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	for i, p := range d.Paragraphs {
		if p.Start < 0 || p.End > len(d.Text) || p.Start >= p.End || i > 0 && d.Paragraphs[i-1].End >= p.Start {
			tb.Errorf("paragraph %d %v out of order or range", i, p)
		}
	}
}
