package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range.
type span struct{ start, end int }

// mark is a quotation mark glyph.
type mark uint8

const (
	noMark     mark = iota
	dqStraight      // "
	dqLeft          // “
	dqRight         // ”
	dqLow           // „
	guilLeft        // «
	guilRight       // »
	sqStraight      // '
	sqLeft          // ‘
	sqRight         // ’
)

func (m mark) double() bool    { return m >= dqStraight && m <= guilRight }
func (m mark) guillemet() bool { return m == guilLeft || m == guilRight }

// markLead holds the bytes a quotation mark may begin with (see markAt).
var markLead = [256]bool{'"': true, '\'': true, 0xE2: true, 0xC2: true}

// leadBytes lists the bytes of markLead, for leadScan.
var leadBytes = [...]byte{'"', '\'', 0xE2, 0xC2}

// leadScan finds the bytes of markLead in a text, in order, for
// scanQuotes. Most of a text holds none of them, and most articles no
// quotation: a search of the whole text for each byte (strings.IndexByte,
// which tests many bytes an instruction) passes over it in a fraction of
// the instructions of a test of every byte, and each search is run again
// only once the scan has passed the byte it found. The scan must only
// move forward.
type leadScan struct {
	text string
	next [len(leadBytes)]int // the next of each byte at or after the scan, len(text) when none; -1 before the first search
}

func newLeadScan(text string) leadScan {
	return leadScan{text: text, next: [len(leadBytes)]int{-1, -1, -1, -1}}
}

// from returns the first byte at or after i that is in markLead, or
// len(text) when none is; i must be no less than at the last call.
func (c *leadScan) from(i int) int {
	first := len(c.text)
	for k, b := range leadBytes {
		if c.next[k] < i {
			c.next[k] = len(c.text)
			if j := strings.IndexByte(c.text[i:], b); j >= 0 {
				c.next[k] = i + j
			}
		}
		first = min(first, c.next[k])
	}
	return first
}

// markAt returns the mark at byte i of s and its length in bytes.
func markAt(s string, i int) (mark, int) {
	switch s[i] {
	case '"':
		return dqStraight, 1
	case '\'':
		return sqStraight, 1
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x9C:
				return dqLeft, 3
			case 0x9D:
				return dqRight, 3
			case 0x9E:
				return dqLow, 3
			case 0x98:
				return sqLeft, 3
			case 0x99:
				return sqRight, 3
			}
		}
	case 0xC2:
		if i+1 < len(s) {
			switch s[i+1] {
			case 0xAB:
				return guilLeft, 2
			case 0xBB:
				return guilRight, 2
			}
		}
	}
	return noMark, 0
}

// runeBefore returns the rune ending at byte i, or ' ' at the start.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune starting at byte i, or ' ' at the end.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// isSpace answers ASCII inline, as lex asks it of every character of an
// article with quotes; the rest of Unicode takes a call.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || uint32(r)-'\t' <= '\r'-'\t' // \t \n \v \f \r
	}
	return wideSpace(r)
}

// wideSpace is isSpace past ASCII, kept out of line so that isSpace
// inlines.
//
//go:noinline
func wideSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' }

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// paragraphs appends to dst the paragraphs of text: runs separated by one
// or more blank lines, trimmed of surrounding white space.
func paragraphs(text string, dst []span) []span {
	start := 0
	for i := 0; i < len(text); i++ {
		// Jump to the next line break: IndexByte passes over the
		// bytes between many at a time.
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			dst = appendPara(text, dst, start, i)
			start = j + 1
			i = j
		}
	}
	return appendPara(text, dst, start, len(text))
}

func appendPara(text string, dst []span, s, e int) []span {
	s, e = trim(text, s, e)
	if s < e {
		dst = append(dst, span{s, e})
	}
	return dst
}

// trim narrows [s, e) past white space at both ends.
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// qspan is one top-level quotation as found by the mark pass.
type qspan struct {
	open, openEnd   int // the opening mark
	close, closeEnd int // the closing mark; -1 when the quote runs to its paragraph's end
	start, end      int // the content, trimmed
	para, lastPara  int // paragraphs holding the open and the end
	openTok         int // token indexes, filled by the lexer; closeTok is -1 when unclosed
	closeTok        int
}

// scanQuotes appends to dst the top-level quotations of the paragraphs of
// lead's text, a leadScan not yet asked about any byte past the text's
// start. cont receives the offsets of continuation marks: the opening
// marks of paragraphs that carry on a quote from the previous paragraph.
func scanQuotes(lead *leadScan, paras []span, dst []qspan, cont []int) ([]qspan, []int) {
	text := lead.text
	inside, guil := false, false
	var cur qspan
	for pi, p := range paras {
		i := p.start
		if inside { // carried over: skip the continuation mark
			_, n := markAt(text, i)
			cont = append(cont, i)
			i += n
		}
		for i < p.end {
			if i = lead.from(i); i >= p.end {
				break
			}
			m, n := markAt(text, i)
			switch {
			case m == noMark:
				i++
				continue
			case m == dqStraight && wireApostrophe(text, i):
				// "the country"s economy", "We don"t": wire copy's
				// apostrophe set as a straight double mark.
			case inside && m == dqStraight && !guil && nestedStraight(text, i, p.end) > 0:
				// "They could be talking to a "white knight" right
				// now," said X: a term in the same straight marks
				// inside the quote, which goes on after it.
				i = nestedStraight(text, i, p.end)
				continue
			case m.double():
				if !inside {
					if strayCloser(text, m, i, n) {
						break
					}
					inside, guil = true, m.guillemet()
					cur = qspan{open: i, openEnd: i + n, close: -1, closeEnd: -1, para: pi}
				} else if m.guillemet() == guil {
					cur.close, cur.closeEnd, cur.lastPara = i, i+n, pi
					dst = appendQuote(text, dst, cur, i)
					inside = false
				}
			case !inside && opensSingle(text, m, i, n):
				if j, jn := singleCloser(text, i+n, p.end); j >= 0 {
					q := qspan{open: i, openEnd: i + n, close: j, closeEnd: j + jn, para: pi, lastPara: pi}
					dst = appendQuote(text, dst, q, j)
					i = j + jn
					continue
				}
			}
			i += n
		}
		if inside {
			if pi+1 < len(paras) && continues(text, paras[pi+1].start, guil) && !(cur.para == pi && cur.open > p.start && reattributed(text, paras[pi+1], guil)) {
				continue
			}
			cur.lastPara = pi
			dst = appendQuote(text, dst, cur, p.end)
			inside = false
		}
	}
	return dst, cont
}

// appendQuote trims the content of q, which ends at byte end, and appends it
// unless it is empty. A trailing comma belongs to the sentence, not the quote.
func appendQuote(text string, dst []qspan, q qspan, end int) []qspan {
	s, e := trim(text, q.openEnd, end)
	if e > s && text[e-1] == ',' {
		e--
	}
	if e <= s {
		return dst
	}
	q.start, q.end = s, e
	return append(dst, q)
}

// strayCloser reports whether a double mark met outside any quote is a
// closing mark with nothing to close (it is then ignored): a ” or a straight
// " that hugs the word before it and not the word after.
func strayCloser(text string, m mark, i, n int) bool {
	if m != dqRight && m != dqStraight {
		return false
	}
	before, after := runeBefore(text, i), runeAt(text, i+n)
	return !isSpace(before) && before != '(' && before != '[' && (isSpace(after) || !isAlnum(after))
}

// reattributed reports whether paragraph p, which opens with a mark, closes
// that quote with a comma and goes on to an attribution of its own ("“I
// think this report hurts that,” Nunn said."): when the unclosed quote
// before it opened mid-paragraph, after words that attributed it ("the
// Georgia Democrat shot back: “I wouldn't bet …"), the wire's writer
// started a new quote there, and the unclosed one ends with its paragraph.
// A quote opening its paragraph is carried on as one quotation whose
// attribution comes in the next ("“Candidates … ¶ “Possible effects …,”
// he said").
func reattributed(text string, p span, guil bool) bool {
	_, n := markAt(text, p.start)
	for i := p.start + n; i < p.end; i++ {
		c := text[i]
		if c != '"' && c != 0xE2 && c != 0xC2 {
			continue
		}
		m, mn := markAt(text, i)
		if m == noMark || !m.double() || m.guillemet() != guil {
			continue
		}
		before := runeBefore(text, i)
		if before != ',' {
			return false
		}
		j := i + mn
		for j < p.end && text[j] == ' ' {
			j++
		}
		k := j
		for k < p.end && (isAlnum(runeAt(text, k)) || text[k] == '.') {
			k++
		}
		return k > j && k < p.end && text[k] == ' ' && j > i+mn
	}
	return false
}

// nestedStraight returns the byte after the closing mark of a term set in
// straight double marks inside a quote that straight marks opened, when
// the mark at i opens it (white space before, a letter or digit after),
// the next straight mark in the paragraph, before end, closes it (no
// white space before), and a further closing mark follows for the outer
// quote. 0 otherwise.
func nestedStraight(text string, i, end int) int {
	if i == 0 || !isSpace(runeBefore(text, i)) || i+1 >= end || !isAlnum(runeAt(text, i+1)) {
		return 0
	}
	j := strings.IndexByte(text[i+1:end], '"')
	if j < 0 {
		return 0
	}
	j += i + 1
	if isSpace(runeBefore(text, j)) {
		return 0
	}
	k := strings.IndexByte(text[j+1:end], '"')
	if k < 0 || isSpace(runeBefore(text, j+1+k)) {
		return 0
	}
	return j + 1
}

// wireApostrophe reports whether the straight double mark at i stands for
// an apostrophe: a letter right before it and a contraction's or a
// possessive's ending right after ("country"s", "don"t", "we"re"), ending
// the word, or a bracketed firm's closing ">" or a digit before an "s".
func wireApostrophe(text string, i int) bool {
	if i == 0 {
		return false
	}
	rest := text[i+1:]
	if text[i-1] == '>' {
		// "<Qatar National Bank SAQ>"s (QNB)": a bracketed firm's
		// possessive.
		return strings.HasPrefix(rest, "s") && (len(rest) == 1 || !isAlnum(runeAt(rest, 1)))
	}
	if r := runeBefore(text, i); r >= '0' && r <= '9' {
		// "1985"s result": a year's possessive.
		return strings.HasPrefix(rest, "s") && (len(rest) == 1 || !isAlnum(runeAt(rest, 1)))
	}
	if !isLetter(runeBefore(text, i)) {
		return false
	}
	for _, end := range [...]string{"s", "t", "re", "ve", "ll", "d", "m"} {
		if strings.HasPrefix(rest, end) && (len(rest) == len(end) || !isAlnum(runeAt(rest, len(end)))) {
			return true
		}
	}
	return false
}

// continues reports whether the paragraph starting at i opens with a mark
// that carries on an unclosed quote of the given family.
func continues(text string, i int, guil bool) bool {
	m, _ := markAt(text, i)
	if guil {
		return m.guillemet()
	}
	return m == dqStraight || m == dqLeft || m == dqLow
}

// opensSingle reports whether the single mark m at i opens a quotation: it
// starts a word (not a digit, as in '90s, nor an elision such as 'til) after
// white space or an opening bracket.
func opensSingle(text string, m mark, i, n int) bool {
	if m != sqLeft && m != sqStraight {
		return false
	}
	before := runeBefore(text, i)
	if !isSpace(before) && before != '(' && before != '[' && before != '—' && before != '-' {
		return false
	}
	if !isLetter(runeAt(text, i+n)) {
		return false
	}
	j := i + n
	for j < len(text) && isAlnum(runeAt(text, j)) {
		_, w := utf8.DecodeRuneInString(text[j:])
		j += w
	}
	return !elisions.has(text[i+n : j])
}

// singleCloser returns the offset and length of the single mark in
// text[from:end] that closes a single quotation: a ’ or ' that ends a word
// or follows punctuation, and is not followed by a letter or digit. It
// returns -1 when there is none.
func singleCloser(text string, from, end int) (int, int) {
	for j := from; j < end; j++ {
		c := text[j]
		if c != '\'' && c != 0xE2 {
			continue
		}
		m, n := markAt(text, j)
		if m != sqStraight && m != sqRight {
			continue
		}
		if isSpace(runeBefore(text, j)) || isAlnum(runeAt(text, j+n)) {
			continue
		}
		return j, n
	}
	return -1, 0
}
