package text

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// Segmenter is the pipeline stage that splits an article into paragraphs,
// sentences and tokens. It holds no settings; its only state is a pool of
// scratch buffers, so one Segmenter is safe for concurrent use on different
// Docs.
type Segmenter struct {
	scratch sync.Pool // *arena
}

var _ annals.Stage = (*Segmenter)(nil)

// New returns a Segmenter ready for use.
func New() *Segmenter {
	return &Segmenter{scratch: sync.Pool{New: func() any { return new(arena) }}}
}

// Annotate appends the paragraphs, sentences and tokens of doc to its
// Paragraphs, Sentences and Tokens, reusing their capacity. A non-blank
// title becomes sentence 0 (Title true, Para -1, offsets into doc.Title);
// the sentences of doc.Text follow. It returns an *annals.Error with code
// EINVALID, leaving doc untouched, when the title or text is not valid UTF-8
// or both are blank, and the context's error when ctx is done.
//
// Norm strings that differ from the text share one string per call, so
// keeping any of them keeps all of that document's forms alive.
func (sg *Segmenter) Annotate(ctx context.Context, doc *annals.Doc) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("text: %w", err)
	}
	if i := invalidUTF8(doc.Title); i >= 0 {
		return annals.Errorf(annals.EINVALID, "title is not valid UTF-8 at byte %d", i)
	}
	if i := invalidUTF8(doc.Text); i >= 0 {
		return annals.Errorf(annals.EINVALID, "text is not valid UTF-8 at byte %d", i)
	}
	hasTitle, hasText := !blank(doc.Title), !blank(doc.Text)
	if !hasTitle && !hasText {
		return annals.Errorf(annals.EINVALID, "article %q has neither title nor text", doc.ID)
	}
	ar := sg.scratch.Get().(*arena)
	defer sg.scratch.Put(ar)
	ar.reset()

	titleToks := len(doc.Tokens)
	titleSplit := false
	if hasTitle {
		sc := scanner{s: doc.Title, toks: doc.Tokens, ar: ar}
		sc.run()
		doc.Tokens, titleSplit = sc.toks, sc.split
	}
	textToks := len(doc.Tokens)
	ar.ends = ar.ends[:0] // the title is one sentence whatever its stops
	sc := scanner{s: doc.Text, toks: doc.Tokens, ar: ar}
	sc.run()
	doc.Tokens = sc.toks
	ends := ar.ends // still ours after flush empties it, until ar goes back to the pool
	ar.flush(doc.Tokens)
	if sc.split {
		doc.Tokens, _ = joinSplitHyphens(doc.Text, doc.Tokens, textToks, len(doc.Tokens))
	}
	if titleSplit {
		doc.Tokens, textToks = joinSplitHyphens(doc.Title, doc.Tokens, titleToks, textToks)
	}
	if sc.split || titleSplit {
		// A join moved the tokens after it, so the ends the scanner
		// recorded point at the wrong ones: find them again (rare).
		ends = mayEndAmong(ends[:0], doc.Tokens, textToks)
	}

	if hasTitle {
		toks := doc.Tokens[titleToks:textToks]
		toks[0].Flags |= annals.SentStart
		doc.Sentences = append(doc.Sentences, annals.Sentence{
			Start:  int(toks[0].Start),
			End:    int(toks[len(toks)-1].End),
			Title:  true,
			Para:   -1,
			Tokens: annals.Range{Start: titleToks, End: textToks},
		})
	}
	firstPara := len(doc.Paragraphs)
	doc.Paragraphs = appendParagraphs(doc.Paragraphs, doc.Text)
	t := textToks
	toks := doc.Tokens
	for p := firstPara; p < len(doc.Paragraphs); p++ {
		end := tokensBefore(toks, t, doc.Paragraphs[p].End)
		if end == t { // cannot happen: a paragraph has a non-space rune
			continue
		}
		doc.Tokens[t].Flags |= annals.ParaStart
		doc.Sentences, ends = appendSentences(doc.Sentences, doc.Text, doc.Tokens, ends, p, t, end)
		t = end
	}
	return nil
}

// tokensBefore returns the index of the first token of toks[lo:] that
// starts at or after byte off, or len(toks). The tokens of one text lie in
// its order, so a binary search finds a paragraph's end in a few steps
// where a walk would read each of its tokens.
func tokensBefore(toks []annals.Token, lo, off int) int {
	hi := len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(toks[m].Start) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// invalidUTF8 returns the offset of the first byte of s that is not valid
// UTF-8, or -1.
func invalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return -1
}

// blank reports whether s holds nothing but whitespace.
func blank(s string) bool {
	for _, r := range s {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// appendParagraphs appends the paragraphs of s: runs of lines separated by
// blank lines, trimmed of surrounding whitespace.
func appendParagraphs(dst []annals.Range, s string) []annals.Range {
	start, end := -1, -1 // the open paragraph
	for ls := 0; ls < len(s); {
		le := len(s)
		if k := strings.IndexByte(s[ls:], '\n'); k >= 0 {
			le = ls + k
		}
		first, last := trimLine(s, ls, le)
		switch {
		case first < last && start < 0:
			start, end = first, last
		case first < last:
			end = last
		case start >= 0:
			dst = append(dst, annals.Range{Start: start, End: end})
			start = -1
		}
		ls = le + 1
	}
	if start >= 0 {
		dst = append(dst, annals.Range{Start: start, End: end})
	}
	return dst
}

// trimLine returns the bounds of s[ls:le] without leading and trailing
// whitespace; first == last when the line is blank.
func trimLine(s string, ls, le int) (first, last int) {
	first = ls
	for first < le {
		r, w := rune(s[first]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[first:le])
		}
		if !isSpace(r) {
			break
		}
		first += w
	}
	last = le
	for last > first {
		r, w := rune(s[last-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRuneInString(s[first:last])
		}
		if !isSpace(r) {
			break
		}
		last -= w
	}
	return first, last
}

// appendSentences splits the tokens toks[lo:hi] of paragraph para into
// sentences and appends them to dst. A sentence ends at a stop, an ellipsis
// or an abbreviation that can end one, together with the closing quotes and
// brackets stuck to it, when whitespace and the start of a new sentence
// follow; it always ends with the paragraph.
//
// ends lists in order the indices of the tokens that may end a sentence,
// as [scanner.mayEnd] recorded them: stops, ellipses and abbreviations.
// Only those are read, where a walk over toks[lo:hi] would test every
// token to find them; the ones before lo, or before a token already
// taken as trailing a stop, are passed over. appendSentences returns the
// rest of ends from the first at or after hi, for the next paragraph.
func appendSentences(dst []annals.Sentence, src string, toks []annals.Token, ends []int32, para, lo, hi int) ([]annals.Sentence, []int32) {
	start, next := lo, lo // next: the first token still to be read
	for ; len(ends) > 0 && int(ends[0]) < hi; ends = ends[1:] {
		i := int(ends[0])
		if i < next {
			continue
		}
		next = i + 1
		t := &toks[i]
		var follows func(src string, toks []annals.Token, j, hi int) bool
		switch {
		case t.Tag == annals.STOP || t.Norm == "...":
			follows = opensSentence
		case t.Has(annals.Abbrev) && !neverEnds(t.Norm):
			follows = startsWithFunctionWord
		default:
			continue
		}
		j := i + 1
		for j < hi && toks[j].Start == toks[j-1].End && trails(src, &toks[j]) {
			j++
		}
		if j >= hi {
			break
		}
		next = j
		if toks[j].Start == toks[j-1].End && !gluedSentence(src, toks, i, j) || !follows(src, toks, j, hi) {
			continue
		}
		dst = appendSentence(dst, toks, para, start, j)
		start = j
	}
	for len(ends) > 0 && int(ends[0]) < hi {
		ends = ends[1:] // left after a break
	}
	return appendSentence(dst, toks, para, start, hi), ends
}

func appendSentence(dst []annals.Sentence, toks []annals.Token, para, lo, hi int) []annals.Sentence {
	toks[lo].Flags |= annals.SentStart
	return append(dst, annals.Sentence{
		Start:  int(toks[lo].Start),
		End:    int(toks[hi-1].End),
		Para:   para,
		Tokens: annals.Range{Start: lo, End: hi},
	})
}

// gluedSentence reports whether the full stop toks[i], directly followed
// by toks[j], ends a sentence the next is glued to ("Carolina.Image"): the
// tokenizer cut such a stop from a word ending in a lower-case letter, and
// a capitalised word of two letters or more follows it.
func gluedSentence(src string, toks []annals.Token, i, j int) bool {
	t, n := &toks[i], &toks[j]
	if j != i+1 || t.Tag != annals.STOP || t.End-t.Start != 1 || src[t.Start] != '.' || i == 0 {
		return false
	}
	p := &toks[i-1]
	if p.End != t.Start || p.End-p.Start < 2 || n.End-n.Start < 2 {
		return false
	}
	c, d, e := src[p.End-1], src[n.Start], src[n.Start+1]
	return c >= 'a' && c <= 'z' && d >= 'A' && d <= 'Z' && e >= 'a' && e <= 'z'
}

// trails reports whether t belongs with a sentence-final mark before it: a
// closing quote or bracket, or more final marks (?! ...).
func trails(src string, t *annals.Token) bool {
	switch {
	case t.Tag == annals.STOP || t.Norm == "...":
		return true
	case t.Tag == annals.QUOTE:
		return t.Has(annals.CloseQuote)
	case t.Tag == annals.PUNCT && t.End-t.Start == 1:
		c := src[t.Start]
		return c == ')' || c == ']' || c == '}'
	}
	return false
}

// opensSentence reports whether toks[j] can start a sentence: a word
// beginning with a capital or a digit, a word in camel case, or an opening bracket or quotation
// mark directly followed by a word not in lower case (“she stated after a
// stop is a misplaced closing mark).
func opensSentence(src string, toks []annals.Token, j, hi int) bool {
	t := &toks[j]
	if t.Tag == annals.QUOTE || t.Tag == annals.PUNCT && t.End-t.Start == 1 && (src[t.Start] == '(' || src[t.Start] == '[') {
		// A mark with space after it is a closing one, spaced off (… tomorrow.’ ”).
		return j+1 < hi && toks[j+1].Start == t.End && !unicode.IsLower(firstRune(src, &toks[j+1]))
	}
	if t.Tag != annals.TagUnknown {
		return false
	}
	r := firstRune(src, t)
	if unicode.IsLower(r) { // a brand in camel case starts a sentence too (iPhone, eBay)
		return hasUpperASCII(src[t.Start:t.End])
	}
	return isDigit(r) || isLetter(r)
}

func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// startsWithFunctionWord reports whether toks[j] is a capitalised word that
// typically starts a sentence, the evidence needed to end one after an
// abbreviation.
func startsWithFunctionWord(src string, toks []annals.Token, j, hi int) bool {
	t := &toks[j]
	return t.Has(annals.Cap) && t.Flags&annals.Abbrev == 0 && startsSentence(t.Norm)
}

func firstRune(src string, t *annals.Token) rune {
	if c := src[t.Start]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(src[t.Start:t.End])
	return r
}

// mayEndAmong appends to dst the indices of toks[lo:] that may end a
// sentence, the tokens [scanner.mayEnd] records while scanning: a stop,
// an ellipsis or a word holding an abbreviation's period.
func mayEndAmong(dst []int32, toks []annals.Token, lo int) []int32 {
	for i := lo; i < len(toks); i++ {
		if t := &toks[i]; t.Tag == annals.STOP || t.Norm == "..." || t.Has(annals.Abbrev) {
			dst = append(dst, int32(i))
		}
	}
	return dst
}
